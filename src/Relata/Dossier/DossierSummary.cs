using System.Globalization;
using Relata.Analysis;
using Relata.Store;

namespace Relata.Dossier;

/// <summary>The summary: short generated statements over the analyses, each with the sentences it rests on.</summary>
internal static class DossierSummary
{
    public static List<DossierStatement> Build(ActorScope a, ActorScope b, AnalysisFilter filter, int documents, TimelineResult timeline,
        DyadIndexResult dyad, InstrumentsResult instruments, IReadOnlyList<FigureMeasure> figures, IReadOnlyList<TrackedProposition> propositions,
        IReadOnlyList<ThreatArea> threats)
    {
        var list = new List<DossierStatement>();
        int events = timeline.Entries.Count + timeline.Undated.Count;
        int claims = propositions.Sum(p => p.Claims.Count);
        list.Add(new($"Drawn from {documents} stored document{S(documents)}: {events} reported event{S(events)} between {a.Name} and {b.Name} "
            + $"({dyad.Counted.Count} reported as having happened and dated{(filter.HasPeriod ? " in the period" : "")}), {claims} claim{S(claims)} "
            + $"on the {propositions.Count} main proposition{S(propositions.Count)} and {figures.Sum(f => f.Points.Count)} figure{S(figures.Sum(f => f.Points.Count))}.", []));

        if (Trend(a, b, dyad) is { } trend) list.Add(trend);
        foreach (var side in instruments.Actors)
            if (Instruments(side, a.Id == side.Id ? b : a, instruments) is { } s) list.Add(s);
        if (Figures(figures) is { } f) list.Add(f);
        list.AddRange(propositions.Take(3).Select(Proposition));
        if (Threats(threats) is { } t) list.Add(t);
        return list;
    }

    private static DossierStatement? Trend(ActorScope a, ActorScope b, DyadIndexResult dyad)
    {
        if (dyad.IsEmpty) return null;
        var t = dyad.Trend;
        var inWindow = dyad.Counted.Where(c => t.From is null || PeriodBucket.Of(c.Event.When!.Value, PeriodUnit.Year).Label.CompareTo(t.From) >= 0).ToList();
        var best = inWindow.MaxBy(c => c.Event.Event.Goldstein);
        var worst = inWindow.MinBy(c => c.Event.Event.Goldstein);
        string tone = t.SlopePerYear is null
            ? $"There are too few dated events between {a.Name} and {b.Name} to read a trend"
            : $"From {t.From} to {t.To} relations between {a.Name} and {b.Name} moved {t.Direction}"
              + (t.Direction == "stable" ? "" : $" (yearly Goldstein sum {Signed(t.SlopePerYear)} a year)")
              + $"; the mean Goldstein score of reported events was {Signed(t.FirstHalfMean)} in the first half and {Signed(t.SecondHalfMean)} in the second";
        var evidence = new List<EvidenceRef>();
        string detail = "";
        if (best is not null && best.Event.Event.Goldstein > 0)
        {
            detail += $". Most cooperative: {Describe(best.Event.Event)} ({best.Event.Event.Date})";
            evidence.Add(best.Event.Event.Evidence);
        }
        if (worst is not null && worst.Event.Event.Goldstein < 0)
        {
            detail += $". Most conflictual: {Describe(worst.Event.Event)} ({worst.Event.Event.Date})";
            evidence.Add(worst.Event.Event.Evidence);
        }
        return new DossierStatement(tone + detail + ".", evidence);
    }

    private static DossierStatement? Instruments(InstrumentActor side, ActorScope other, InstrumentsResult instruments)
    {
        var cells = instruments.Cells.Where(c => c.ActorId == side.Id).OrderByDescending(c => c.Count).ThenBy(c => c.Topic, StringComparer.Ordinal).ToList();
        if (cells.Count == 0) return null;
        string counts = string.Join(", ", cells.Select(c => $"{Area(c.Topic)} {c.Count}"));
        var examples = cells.Where(c => c.Strongest.Kind != "sentence").OrderByDescending(c => c.Events + c.Claims).ThenBy(c => c.Topic, StringComparer.Ordinal).Take(4).ToList();
        string text = $"{side.Name}'s instruments towards {other.Name}, by number of sourced facts (events, claims and sentences naming both): {counts}";
        if (examples.Count > 0) text += ". For example: " + string.Join("; ", examples.Select(c => $"{Area(c.Topic)}: {c.Strongest.Summary}"));
        return new DossierStatement(text + ".", [.. examples.Select(c => c.Strongest.Evidence)]);
    }

    private static DossierStatement? Figures(IReadOnlyList<FigureMeasure> figures)
    {
        var points = figures.SelectMany(m => m.Points.Select(p => (m.Measure, p)))
            .OrderByDescending(x => x.p.Period is not null).ThenByDescending(x => x.p.AsOf ?? "", StringComparer.Ordinal).Take(4).ToList();
        if (points.Count == 0) return null;
        return new DossierStatement("Key figures: " + string.Join("; ", points.Select(x => $"{x.Measure}: {x.p.Text}{(x.p.AsOf is null ? "" : $" ({x.p.AsOf})")}")) + ".",
            [.. points.Select(x => x.p.Evidence)]);
    }

    private static DossierStatement Proposition(TrackedProposition p)
    {
        var latest = p.Claims.Where(c => c.Date is not null).LastOrDefault() ?? p.Claims[^1];
        string text = $"\"{p.Label}\": {p.Claims.Count} statement{S(p.Claims.Count)} in {p.Documents} source{S(p.Documents)}; latest, {latest.Speaker} ({latest.Date ?? "undated"}): {Stance(latest)}";
        var evidence = new List<EvidenceRef> { latest.Evidence };
        if (p.Contradictions.Count > 0)
        {
            var c = p.Contradictions[^1];
            text += $". Sources disagree: {c.For.Speaker} ({Stance(c.For)}) against {c.Opposed.Speaker} ({Stance(c.Opposed)})";
            evidence.Add(c.For.Evidence);
            evidence.Add(c.Opposed.Evidence);
        }
        foreach (var change in p.Changes.TakeLast(1))
        {
            text += $". {Party(change.Party, change.To)} changed position: {Stance(change.From)} ({change.From.Date}) → {Stance(change.To)} ({change.To.Date})";
            evidence.Add(change.From.Evidence);
            evidence.Add(change.To.Evidence);
        }
        return new DossierStatement(text + ".", [.. evidence.DistinctBy(e => (e.DocumentId, e.Sentence))]);
    }

    private static DossierStatement? Threats(IReadOnlyList<ThreatArea> threats)
    {
        var parts = new List<string>();
        var evidence = new List<EvidenceRef>();
        foreach (var area in threats.Where(t => t.Sentences > 0 || t.Actors.Count > 0))
        {
            var top = area.Actors.Take(3).ToList();
            parts.Add($"{Area(area.Topic)} ({area.Sentences} sentence{S(area.Sentences)} naming either side"
                + (top.Count == 0 ? ")" : $"; named as threats: {string.Join(", ", top.Select(x => $"{x.Name} ({x.Sentences})"))})"));
            evidence.AddRange(top.Select(x => x.Examples.FirstOrDefault()).OfType<EvidenceRef>());
            if (area.KeySentences.Count > 0) evidence.Add(area.KeySentences[0]);
        }
        return parts.Count == 0 ? null
            : new DossierStatement("Perceived threats: " + string.Join("; ", parts) + ".", [.. evidence.DistinctBy(e => (e.DocumentId, e.Sentence))]);
    }

    internal static string Stance(TrackedClaim c) => (c.Stance, c.Temporal) switch
    {
        ("for", "past") => "says it has happened",
        ("for", "future") => "says it will happen",
        ("for", _) => "affirms",
        ("against", "past") => "says it did not happen",
        ("against", "future") => "says it will not happen",
        ("against", _) => "denies",
        _ => "hedges",
    };

    private static string Party(string party, TrackedClaim c) => party.StartsWith("author:", StringComparison.Ordinal) ? c.Speaker : c.Speaker;

    internal static string Describe(EventRecord e) => $"{e.SourceName ?? "someone"} — {e.CameoName.ToLowerInvariant()} — {e.TargetName ?? "someone"}";

    internal static string Area(string topic) => topic.Replace('_', ' ');

    internal static string Signed(double? v) => v is null ? "n/a" : v.Value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string S(int n) => n == 1 ? "" : "s";
}
