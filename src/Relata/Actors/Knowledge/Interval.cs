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

    /// <summary>
    /// Overlap that holds however the imprecise ends are read: a year or month <c>from</c> may start as late as the
    /// end of that period, a year or month <c>to</c> may end as early as its first day. Used to flag contradictions
    /// without blaming "to: 2008" for touching "from: 2008-05-07".
    /// </summary>
    public bool DefinitelyOverlaps(Interval other) =>
        LatestStart < other.EarliestEnd && other.LatestStart < EarliestEnd;

    private DateOnly LatestStart => From is { } f ? (f.Precision == DatePrecision.Day ? f.First : f.EndExclusive.AddDays(-1)) : DateOnly.MinValue;

    private DateOnly EarliestEnd => To is { } t ? t.First : DateOnly.MaxValue;

    public override string ToString() => $"[{From?.ToString() ?? "…"}, {To?.ToString() ?? "…"})";
}
