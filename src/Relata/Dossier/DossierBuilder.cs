using Relata.Analysis;
using Relata.Store;

namespace Relata.Dossier;

/// <summary>Builds a relationship dossier from the analyses. Pure: the store in, the dossier model out.</summary>
public static class DossierBuilder
{
    /// <summary>Policy areas whose sentences speak of threats.</summary>
    public static readonly IReadOnlyList<string> ThreatTopics = ["security", "narcotics", "terrorism"];

    public static Dossier Build(IRelataStore store, DossierQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var (a, b) = (query.A, query.B);
        var either = ActorScope.Union(a, b);
        var documents = store.ListDocuments();
        var named = ScopeSentences.Of(store, either);

        var timeline = Timeline.Build(store, new TimelineQuery(a, b, filter));
        var dyad = DyadIndex.Build(store, new DyadQuery(a, b, PeriodUnit.Year, filter));
        var network = ActorNetwork.Build(store, new NetworkQuery(filter, either, query.RollUp));
        var instruments = Merge(
            InstrumentsMatrix.Build(store, new InstrumentsQuery(filter, [a], b, query.RollUp)),
            InstrumentsMatrix.Build(store, new InstrumentsQuery(filter, [b], a, query.RollUp)));
        var figures = FigureSeries.Build(store, new FigureSeriesQuery(filter, SubstantiveOnly: true)).Measures
            .Select(m => m with { Points = [.. m.Points.Where(p => p.Actors.Any(x => either.Matches(x, null)) || named.Contains((p.Evidence.DocumentId, p.Evidence.Sentence)))] })
            .Where(m => m.Points.Count > 0)
            .OrderByDescending(m => m.Points.Count).ThenBy(m => m.Points[^1].AsOf ?? "", StringComparer.Ordinal)
            .Take(query.MaxFigures).ToList();
        var propositions = ClaimsTracker.Build(store, new ClaimsTrackerQuery(filter, either)).Propositions
            .OrderByDescending(p => p.Changes.Count + p.Contradictions.Count > 0)
            .ThenByDescending(p => p.Documents).ThenByDescending(p => p.Claims.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(query.MaxPropositions)
            .OrderByDescending(p => p.Documents).ThenByDescending(p => p.Claims.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var threats = DossierThreats.Build(store, filter, a, b, named, dyad);

        var summary = DossierSummary.Build(a, b, filter, documents.Count, timeline, dyad, instruments, figures, propositions, threats);
        var cited = new List<EvidenceRef>();
        cited.AddRange(summary.SelectMany(s => s.Evidence));
        cited.AddRange(timeline.Entries.SelectMany(e => e.Event.Evidence));
        cited.AddRange(timeline.Undated.SelectMany(e => e.Evidence));
        cited.AddRange(network.Edges.Select(e => e.Evidence[0]));
        cited.AddRange(instruments.Cells.Select(c => c.Strongest.Evidence));
        cited.AddRange(figures.SelectMany(m => m.Points.Select(p => p.Evidence)));
        cited.AddRange(propositions.SelectMany(p => p.Claims.Select(c => c.Evidence)));
        cited.AddRange(threats.SelectMany(t => t.KeySentences.Concat(t.Actors.SelectMany(x => x.Examples))));

        string title = $"{a.Name} and {b.Name}";
        return new Dossier(title, a, b, filter, documents.Count, summary, timeline, dyad, network, instruments, figures, propositions, threats,
            Sources(documents, cited));
    }

    private static InstrumentsResult Merge(InstrumentsResult x, InstrumentsResult y)
    {
        var cells = x.Cells.Concat(y.Cells).ToList();
        var topics = cells.GroupBy(c => c.Topic).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return new InstrumentsResult([.. x.Actors, .. y.Actors], topics, cells);
    }

    /// <summary>Cited sentences numbered by document (oldest first) and sentence, so the source list reads 1, 2, 3….</summary>
    private static List<DossierSource> Sources(IReadOnlyList<DocumentSummary> documents, List<EvidenceRef> cited)
    {
        var byDocument = cited.GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.DistinctBy(e => e.Sentence).OrderBy(e => e.Sentence).ToList());
        int number = 0;
        var sources = new List<DossierSource>();
        foreach (var d in documents.Where(d => byDocument.ContainsKey(d.Id))
                     .OrderBy(d => d.ReferenceDate?.Value ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var m = d.Metadata;
            sources.Add(new DossierSource(d.Id, m.Title ?? d.Id, m.Author, m.Outlet, d.ReferenceDate?.Timex, m.Url,
                [.. byDocument[d.Id].Select(e => new Citation(++number, e))]));
        }
        return sources;
    }
}
