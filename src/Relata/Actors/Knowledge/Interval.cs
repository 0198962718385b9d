namespace Relata.Actors;

/// <summary>
/// A half-open validity interval [From, To) with per-end precision; a missing end is open.
/// A null query date means "now, date unknown" and matches only intervals that are still open.
/// </summary>
public readonly record struct Interval(KbDate? From, KbDate? To)
{
    public static Interval Always => default;

    public DateOnly Start => From?.First ?? DateOnly.MinValue;

    public DateOnly End => To?.EndExclusive ?? DateOnly.MaxValue;

    public bool IsOpenEnded => To is null;

    /// <summary>True when <c>from</c> is not before <c>to</c>, i.e. the interval holds on no day.</summary>
    public bool IsEmpty => From is not null && To is not null && Start >= End;

    public bool Contains(DateOnly? date) => date is { } d ? d >= Start && d < End : To is null;

    public bool Overlaps(Interval other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{From?.ToString() ?? "…"}, {To?.ToString() ?? "…"})";
}
