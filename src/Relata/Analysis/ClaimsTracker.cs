using Relata.Claims.Propositions;
using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actor">Claims by, or about, this side (speaker, holder or object of the proposition).</param>
/// <param name="Proposition">A proposition key or words of its label.</param>
/// <param name="AuthorStatements">Include sentences in the author's own voice keyed to a proposition.</param>
/// <param name="ContradictionWindowDays">How far apart two opposing claims may be and still be flagged as contradicting.</param>
public sealed record ClaimsTrackerQuery(
    AnalysisFilter? Filter = null, ActorScope? Actor = null, string? Proposition = null, bool AuthorStatements = true,
    int ContradictionWindowDays = 365);

/// <param name="Party">Who holds the position: the speaker's actor id, the holder when the speaker speaks for it, or "author:…".</param>
/// <param name="Source">The document's title, else its id.</param>
public sealed record TrackedClaim(
    string? Date, string Speaker, string? SpeakerId, string Party, string Stance, string Temporal, string Text, string Cue, bool Quoted,
    bool AuthorStatement, string Source, EvidenceRef Evidence);

/// <param name="Kind">stance-changed or realised (a future "for" now said to have happened).</param>
public sealed record PositionShift(string Party, TrackedClaim From, TrackedClaim To, string Kind);

/// <summary>Opposing stances of two parties in two different documents (one article quoting both sides is not a contradiction between sources).</summary>
public sealed record SourceContradiction(TrackedClaim For, TrackedClaim Opposed, int DaysApart);

public sealed record TrackedProposition(
    string Key, string Label, string? Topic, IReadOnlyList<TrackedClaim> Claims, IReadOnlyList<PositionShift> Changes,
    IReadOnlyList<SourceContradiction> Contradictions)
{
    public int Documents => Claims.Select(c => c.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count();
}

public sealed record ClaimsTrackerResult(IReadOnlyList<TrackedProposition> Propositions)
{
    public bool IsEmpty => Propositions.Count == 0;
}

/// <summary>Claims grouped by proposition in time order: who said what, when and where, with changes of position
/// and contradictions between sources flagged (by <see cref="PropositionTracker"/>).</summary>
public static class ClaimsTracker
{
    public static ClaimsTrackerResult Build(IRelataStore store, ClaimsTrackerQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var tracked = new Dictionary<PropositionObservation, TrackedClaim>(ReferenceEqualityComparer.Instance);
        var topicOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (var c in store.Claims(new ClaimQuery(Topic: filter.Topic, Proposition: query.Proposition, Limit: int.MaxValue,
                     Involving: query.Actor is { } side ? [.. side.Members] : null)))
        {
            if (c.PropositionKey is null || c.PropositionLabel is null || !filter.InPeriod(TimexSpan.Parse(c.Date))) continue;
            var key = PropositionKeyParts.Parse(c.PropositionKey);
            if (query.Actor is { } a && !(a.Matches(c.SpeakerId, null) || a.Matches(key.Holder, null) || a.Matches(key.Object, null))) continue;
            var proposition = Proposition(c.PropositionKey, c.PropositionLabel, key, c.Stance, c.Temporal, c.Evidence.Sentence, c.ClaimId,
                c.SpeakerId is not null && c.SpeakerId == key.Holder ? c.SpeakerId : null);
            var observation = new PropositionObservation(c.Evidence.DocumentId, TimexSpan.Parse(c.Date)?.Start, c.SpeakerId ?? c.SpeakerName, proposition);
            tracked[observation] = new TrackedClaim(c.Date, c.SpeakerName, c.SpeakerId, observation.Party, c.Stance ?? "for", c.Temporal ?? "present",
                c.Text, c.Cue, c.Quoted, false, c.Evidence.Title ?? c.Evidence.DocumentId, c.Evidence);
            Note(topicOf, c.PropositionKey, key.Topic ?? c.Topics?.Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        }

        if (query.AuthorStatements)
        {
            var topics = filter.Topic is null && query.Proposition is null ? null : new SentenceTopicIndex(store);
            foreach (var s in store.Statements())
            {
                if (!filter.InPeriod(TimexSpan.Parse(s.Date))) continue;
                if (query.Proposition is { } p && s.PropositionKey != p && !s.PropositionLabel.Contains(p, StringComparison.OrdinalIgnoreCase)) continue;
                var key = PropositionKeyParts.Parse(s.PropositionKey);
                var sentenceTopics = topics?.Of(s.Evidence) ?? [];
                if (filter.Topic is { } t && key.Topic != t && !sentenceTopics.Contains(t)) continue;
                if (query.Actor is { } a && !(a.Matches(s.Holder, null) || a.Matches(s.Object, null))) continue;
                string author = "author:" + (s.Author ?? s.Evidence.DocumentId);
                var proposition = Proposition(s.PropositionKey, s.PropositionLabel, key, s.Stance, s.Temporal, s.Evidence.Sentence, null, null);
                var observation = new PropositionObservation(s.Evidence.DocumentId, TimexSpan.Parse(s.Date)?.Start, author, proposition);
                tracked[observation] = new TrackedClaim(s.Date, s.Author ?? $"the author of {s.Evidence.Title ?? s.Evidence.DocumentId}", null, author, s.Stance, s.Temporal, s.Evidence.SentenceText,
                    "writes", false, true, s.Evidence.Title ?? s.Evidence.DocumentId, s.Evidence);
                Note(topicOf, s.PropositionKey, key.Topic ?? sentenceTopics.FirstOrDefault());
            }
        }

        var groups = PropositionTracker.Group(tracked.Keys, new PropositionTrackerOptions { ContradictionWindowDays = query.ContradictionWindowDays });
        return new ClaimsTrackerResult([.. groups.Select(g => new TrackedProposition(g.Key, g.Label,
            topicOf.TryGetValue(g.Key, out var ts) ? ts.GroupBy(x => x).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key : null,
            [.. g.Observations.Select(o => tracked[o])],
            [.. g.PositionChanges.Select(c => new PositionShift(c.Party, tracked[c.From], tracked[c.To],
                c.Kind == PositionChangeKind.Realised ? "realised" : "stance-changed"))],
            [.. g.Contradictions.Where(c => c.For.DocumentId != c.Opposed.DocumentId)
                .Select(c => new SourceContradiction(tracked[c.For], tracked[c.Opposed], c.DaysApart))]))]);
    }

    private static void Note(Dictionary<string, List<string>> topicOf, string key, string? topic)
    {
        if (topic is null) return;
        if (!topicOf.TryGetValue(key, out var list)) topicOf[key] = list = [];
        list.Add(topic);
    }

    private static ClaimProposition Proposition(string key, string label, PropositionKeyParts parts, string? stance, string? temporal, int sentence,
        string? claimId, string? speakerActor) => new()
    {
        Key = key,
        Label = label,
        Family = parts.Family,
        Topic = parts.Topic,
        HolderId = parts.Holder,
        ObjectId = parts.Object,
        Stance = stance switch { "against" => PropositionStance.Against, "hedged" => PropositionStance.Hedged, _ => PropositionStance.For },
        Temporal = temporal switch { "past" => PropositionTemporal.Past, "future" => PropositionTemporal.Future, _ => PropositionTemporal.Present },
        Sentence = sentence,
        ClaimId = claimId,
        SpeakerActorId = speakerActor,
    };
}
