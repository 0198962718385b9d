using Relata.Quantities;
using Relata.Time;

namespace Relata.Export;

/// <param name="Anchor">What an underspecified expression was resolved against: "reference 2025-06-01", "previous-timex 2025-04-17" or "none".</param>
/// <param name="Range">For ranges ("from 2000 to 2017"): the TIMEX3 values of both ends.</param>
/// <param name="Rejected">Why the expression was not normalised (e.g. "31 February does not exist"), else null.</param>
public sealed record ExtractTimex(
    int Start, int End, string Text, string Type, string Value, string Anchor, bool Vague,
    string Precision, string? Mod, bool Citation, string? Signal, ExtractRange? Range, string? Rejected);

public sealed record ExtractRange(string? Begin, string? End);

/// <param name="Value">Scaled value: "$323 million" is 323000000.</param>
/// <param name="Change">Relative change as a fraction (+0.5 for "a 50% increase"), else null.</param>
public sealed record ExtractQuantity(
    int Start, int End, string Text, decimal Value, string Unit, string Dimension, bool Approximate, string? Qualifier,
    string? Bound, double? Change, ExtractSpanText? Measure, ExtractPeriod? Period, IReadOnlyList<ExtractSpanText> Actors);

/// <param name="Id">The linked actor id when the actor stage resolved the name, else null.</param>
public sealed record ExtractSpanText(string Text, int Start, int End, string? Id = null);

public sealed record ExtractPeriod(string Value, int Start, int End);

internal static class ExtractFiguresMapper
{
    public static ExtractTimex Map(Timex t) => new(
        t.Span.Start, t.Span.End, t.Text, t.TypeName, t.Value, t.Anchor.ToString(), t.Vague,
        t.Precision.ToString().ToLowerInvariant(), t.Mod, t.Citation, t.Signal,
        t.IsRange ? new ExtractRange(t.Begin, t.End) : null, t.Rejected);

    public static ExtractQuantity Map(Quantity q, Func<Documents.TextSpan, string?> actorAt) => new(
        q.Span.Start, q.Span.End, q.Text, q.Value, q.Unit, q.Dimension, q.Approximate, q.Qualifier,
        q.Bound == QuantityBound.None ? null : q.Bound.ToString().ToLowerInvariant(), q.Change,
        q.Measure is { } m ? new ExtractSpanText(m.Text, m.Span.Start, m.Span.End) : null,
        q.Period is { } p ? new ExtractPeriod(p.Value, p.Span.Start, p.Span.End) : null,
        [.. q.ActorNames.Select(a => new ExtractSpanText(a.Text, a.Span.Start, a.Span.End, actorAt(a.Span)))]);
}
