using Relata.Analysis;
using Relata.Store;

namespace Relata.Dossier;

/// <summary>Perceived threats: per threat area (security, narcotics, terrorism), the sentences naming either side,
/// and the armed groups named in the area's sentences or acting in conflict against a side.</summary>
internal static class DossierThreats
{
    private const int MaxKeySentences = 6;
    private const int MaxExamples = 2;

    public static List<ThreatArea> Build(IRelataStore store, AnalysisFilter filter, ActorScope a, ActorScope b, HashSet<(string, int)> named,
        DyadIndexResult dyad)
    {
        var dates = store.ListDocuments().ToDictionary(d => d.Id, d => d.ReferenceDate?.Timex, StringComparer.Ordinal);
        bool InPeriod(string documentId) => filter.InPeriod(TimexSpan.Parse(dates.GetValueOrDefault(documentId)));
        // Documents about the relationship: they name both sides somewhere.
        var aDocs = ScopeSentences.Of(store, a).Select(s => s.Item1).ToHashSet();
        var relevantDocs = ScopeSentences.Of(store, b).Select(s => s.Item1).Where(aDocs.Contains).ToHashSet();
        var groups = store.ActorCounts(type: "armed_group").Where(g => !a.Matches(g.ActorId, g.Code) && !b.Matches(g.ActorId, g.Code)).ToList();
        var conflictEvents = AnalysisEvents.Load(store, filter, assertedOnly: true)
            .Where(e => e.Event.QuadClass >= 3 && e.Event.SourceId is not null && (a.Matches(e.Event.TargetId, e.Event.TargetCode) || b.Matches(e.Event.TargetId, e.Event.TargetCode)))
            .Where(e => !a.Matches(e.Event.SourceId, e.Event.SourceCode) && !b.Matches(e.Event.SourceId, e.Event.SourceCode))
            .ToList();

        var areas = new List<ThreatArea>();
        foreach (string topic in DossierBuilder.ThreatTopics)
        {
            var sentences = store.SentenceTopics(topic).Select(t => (t.DocumentId, t.Sentence))
                .Where(s => relevantDocs.Contains(s.DocumentId) && InPeriod(s.DocumentId)).ToHashSet();
            if (sentences.Count == 0) continue;
            var actors = new List<ThreatActor>();
            foreach (var g in groups)
            {
                var mentions = store.MentionsOf(g.ActorId, int.MaxValue).Where(m => sentences.Contains((m.Evidence.DocumentId, m.Evidence.Sentence)))
                    .DistinctBy(m => (m.Evidence.DocumentId, m.Evidence.Sentence)).ToList();
                var conflicts = conflictEvents.Where(e => e.Event.SourceId == g.ActorId
                    && sentences.Contains((e.Event.Evidence.DocumentId, e.Event.Evidence.Sentence))).ToList();
                if (mentions.Count == 0 && conflicts.Count == 0) continue;
                var examples = conflicts.Select(e => e.Event.Evidence)
                    .Concat(mentions.OrderByDescending(m => named.Contains((m.Evidence.DocumentId, m.Evidence.Sentence))).Select(m => m.Evidence))
                    .DistinctBy(e => (e.DocumentId, e.Sentence)).Take(MaxExamples).ToList();
                actors.Add(new ThreatActor(g.ActorId, g.Name, mentions.Count, conflicts.Count, examples));
            }
            var key = sentences.Where(named.Contains).ToList();
            var evidence = KeyEvidence(store, a, b, key);
            areas.Add(new ThreatArea(topic, key.Count,
                [.. actors.OrderByDescending(x => x.Sentences + x.ConflictEvents).ThenBy(x => x.Name, StringComparer.Ordinal)],
                evidence));
        }
        return areas;
    }

    /// <summary>The area's sentences that name either side, those naming both first, in document order.</summary>
    private static List<EvidenceRef> KeyEvidence(IRelataStore store, ActorScope a, ActorScope b, List<(string DocumentId, int Sentence)> sentences)
    {
        var set = sentences.ToHashSet();
        var byA = a.Members.SelectMany(id => store.MentionsOf(id, int.MaxValue)).Where(m => set.Contains((m.Evidence.DocumentId, m.Evidence.Sentence))).ToList();
        var byB = b.Members.SelectMany(id => store.MentionsOf(id, int.MaxValue)).Where(m => set.Contains((m.Evidence.DocumentId, m.Evidence.Sentence))).ToList();
        var both = byA.Select(m => (m.Evidence.DocumentId, m.Evidence.Sentence)).Intersect(byB.Select(m => (m.Evidence.DocumentId, m.Evidence.Sentence))).ToHashSet();
        return [.. byA.Concat(byB).Select(m => m.Evidence).DistinctBy(e => (e.DocumentId, e.Sentence))
            .OrderByDescending(e => both.Contains((e.DocumentId, e.Sentence)))
            .ThenBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Sentence)
            .Take(MaxKeySentences)];
    }
}
