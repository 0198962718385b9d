using System.Text.Json;
using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actor">Only figures about this side (by the actors the figure names).</param>
/// <param name="Measure">Words of the measure ("trade", "exports").</param>
/// <param name="SubstantiveOnly">Leave out small counts ("two strategies", "three goals"): counts and head counts under 100.</param>
public sealed record FigureSeriesQuery(AnalysisFilter? Filter = null, ActorScope? Actor = null, string? Measure = null, bool SubstantiveOnly = false);

/// <param name="Period">The TIMEX3 period the figure is for; null when the text gives none.</param>
/// <param name="AsOf">The period, else the document's date: when the figure was reported true.</param>
public sealed record FigurePoint(string? Period, string? AsOf, double Value, string Unit, bool Approximate, string? Qualifier, double? Change, string Text,
    IReadOnlyList<string> Actors, EvidenceRef Evidence);

/// <summary>One measure over time (all points share the unit).</summary>
public sealed record FigureMeasure(string Measure, string Unit, string Dimension, IReadOnlyList<FigurePoint> Points)
{
    public int Sources => Points.Select(p => p.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count();
}

public sealed record FigureSeriesResult(IReadOnlyList<FigureMeasure> Measures)
{
    public bool IsEmpty => Measures.Count == 0;
}

/// <summary>Quantities by measure over time, each with its source sentence.</summary>
public static class FigureSeries
{
    public static FigureSeriesResult Build(IRelataStore store, FigureSeriesQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var points = new List<(string Measure, string Dimension, FigurePoint Point, TimexSpan? When)>();
        foreach (var f in store.Figures(new FigureQuery(Measure: query.Measure, Limit: int.MaxValue)))
        {
            if (query.SubstantiveOnly && !IsSubstantive(f)) continue;
            var actors = Actors(f.Actors);
            if (query.Actor is { } a && !actors.Any(x => a.Matches(x.Id, null))) continue;
            var when = TimexSpan.Parse(f.Period) ?? TimexSpan.Parse(f.DocumentDate);
            if (!filter.InPeriod(when)) continue;
            string measure = (f.Measure ?? f.Unit).Trim();
            points.Add((measure.ToLowerInvariant(), f.Dimension, new FigurePoint(f.Period, f.Period ?? f.DocumentDate, f.Value, f.Unit, f.Approximate,
                f.Qualifier, f.Change, f.Text, [.. actors.Select(x => x.Id ?? x.Text)], f.Evidence), when));
        }
        return new FigureSeriesResult([.. points
            .GroupBy(p => (p.Measure, p.Point.Unit))
            .Select(g => new FigureMeasure(g.Key.Measure, g.Key.Unit, g.First().Dimension,
                [.. g.OrderBy(p => p.When?.Start ?? DateOnly.MaxValue).ThenBy(p => p.Point.Evidence.DocumentId, StringComparer.Ordinal)
                    .ThenBy(p => p.Point.Evidence.Start).Select(p => p.Point)]))
            .OrderByDescending(m => m.Points.Count).ThenBy(m => m.Measure, StringComparer.Ordinal)]);
    }

    /// <summary>Money, mass, shares and other measured dimensions always; counts of things or people only from 100.</summary>
    public static bool IsSubstantive(FigureRecord f) => f.Dimension is not ("count" or "people") || Math.Abs(f.Value) >= 100;

    private sealed record FigureActor(string Text, string? Id);

    private static List<FigureActor> Actors(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.EnumerateArray().Select(e => new FigureActor(
                e.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "",
                e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null))];
        }
        catch (JsonException) { return []; }
    }
}
