using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actors">Rows; null picks the most active actors (after <paramref name="RollUp"/>).</param>
/// <param name="Counterpart">Only instruments aimed at this side: events with it as target, claims whose proposition is about it,
/// and facts in sentences that name it.</param>
public sealed record InstrumentsQuery(
    AnalysisFilter? Filter = null, IReadOnlyList<ActorScope>? Actors = null, ActorScope? Counterpart = null, ActorRollUp? RollUp = null,
    int MaxActors = 12);

/// <summary>The fact that best shows an actor using an instrument: an asserted event, else a claim, else a sentence naming the actor.</summary>
/// <param name="Kind">event, claim or sentence.</param>
/// <param name="Summary">"Russia → Taliban: 057 Sign formal agreement" or the claim's proposition label and stance.</param>
public sealed record InstrumentEvidence(string Kind, string Summary, string? Date, int Documents, EvidenceRef Evidence);

/// <param name="Sentences">Other sentences in the area that name the actor (and the counterpart, when one is given); only for rows given as scopes.</param>
public sealed record InstrumentCell(string ActorId, string Topic, int Events, int Claims, int Sentences, InstrumentEvidence Strongest)
{
    public int Count => Events + Claims + Sentences;
}

public sealed record InstrumentActor(string Id, string Name);

public sealed record InstrumentsResult(IReadOnlyList<InstrumentActor> Actors, IReadOnlyList<string> Topics, IReadOnlyList<InstrumentCell> Cells)
{
    public bool IsEmpty => Cells.Count == 0;

    public InstrumentCell? Cell(string actorId, string topic) => Cells.FirstOrDefault(c => c.ActorId == actorId && c.Topic == topic);
}

/// <summary>Actors × policy areas: how often each actor acts or speaks in each area, and the strongest evidence per cell.
/// Events count when asserted and coded with the actor as source; claims count under their proposition's holder; other
/// topic-tagged sentences naming a given actor count as sentences.</summary>
public static class InstrumentsMatrix
{
    public static InstrumentsResult Build(IRelataStore store, InstrumentsQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var rollUp = query.RollUp ?? ActorRollUp.None;
        var topics = new SentenceTopicIndex(store);
        var names = (query.Actors ?? []).DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string? Row(string? id, string? code, string? name)
        {
            if (query.Actors is { } scopes)
                return scopes.FirstOrDefault(s => s.Matches(id, code)) is { } scope ? Named(scope.Id, scope.Name) : null;
            return id is null ? null : Named(rollUp.Group(id), rollUp.Name(rollUp.Group(id)) ?? (rollUp.Group(id) == id ? name : null));
        }
        string Named(string id, string? name) { if (name is not null) names.TryAdd(id, name); return id; }

        var facts = new List<(string Row, string Topic, InstrumentEvidence Evidence, double Strength)>();
        var counterpartSentences = query.Counterpart is { } c0 ? ScopeSentences.Of(store, c0) : null;
        bool NamesCounterpart(EvidenceRef e) => counterpartSentences is null || counterpartSentences.Contains((e.DocumentId, e.Sentence));
        var used = new HashSet<(string, int)>();
        foreach (var group in EventReports.Group(AnalysisEvents.Load(store, filter, assertedOnly: true)))
        {
            var e = group.Event;
            if (query.Counterpart is { } other && !other.Matches(e.TargetId, e.TargetCode) && !(e.TargetId is null && NamesCounterpart(e.Evidence))) continue;
            if (Row(e.SourceId, e.SourceCode, e.SourceName) is not { } row) continue;
            string summary = $"{e.SourceName ?? "?"} → {e.TargetName ?? "?"}: {e.Cameo} {e.CameoName}";
            var evidence = new InstrumentEvidence("event", summary, e.Date, group.DocumentCount, e.Evidence);
            // A bare statement (CAMEO 01x) shows less of an instrument than a claim with a proposition.
            double strength = (e.Cameo.StartsWith("01", StringComparison.Ordinal) ? -5 : 10) + group.DocumentCount * 2 + Math.Abs(e.Goldstein) / 10 + e.Confidence;
            foreach (var topic in group.Reports.SelectMany(r => topics.Of(r.Event.Evidence)).Distinct())
                if (filter.Topic is null || topic == filter.Topic) facts.Add((row, topic, evidence, strength));
            used.UnionWith(group.Reports.Select(r => (r.Event.Evidence.DocumentId, r.Event.Evidence.Sentence)));
        }
        foreach (var c in store.Claims(new ClaimQuery(Topic: filter.Topic, Limit: int.MaxValue)))
        {
            if (!filter.InPeriod(TimexSpan.Parse(c.Date))) continue;
            var key = PropositionKeyParts.Parse(c.PropositionKey);
            if (query.Counterpart is { } other && !other.Matches(key.Object, null) && !NamesCounterpart(c.Evidence)) continue;
            string? holder = key.Holder ?? c.SpeakerId;
            if (Row(holder, null, holder == c.SpeakerId ? c.SpeakerName : null) is not { } row) continue;
            string summary = c.PropositionLabel is { } label ? $"{label} ({c.Stance ?? "stance unknown"}) — {c.SpeakerName}" : $"{c.SpeakerName}: {c.Text}";
            var evidence = new InstrumentEvidence("claim", summary, c.Date, 1, c.Evidence);
            double strength = (c.Quoted ? 1 : 0) + (key.Family is not null ? 2 : 0) + (c.Stance == "for" ? 1 : 0);
            foreach (var topic in (c.Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (filter.Topic is null || topic == filter.Topic) facts.Add((row, topic, evidence, strength));
            used.Add((c.Evidence.DocumentId, c.Evidence.Sentence));
        }
        if (query.Actors is { } rowScopes) AddSentences(store, filter, rowScopes, topics, NamesCounterpart, used, facts);

        var cells = facts.GroupBy(f => (f.Row, f.Topic))
            .Select(g => new InstrumentCell(g.Key.Row, g.Key.Topic, g.Count(f => f.Evidence.Kind == "event"), g.Count(f => f.Evidence.Kind == "claim"),
                g.Count(f => f.Evidence.Kind == "sentence"),
                g.OrderByDescending(f => f.Strength).ThenBy(f => f.Evidence.Date, StringComparer.Ordinal).First().Evidence))
            .ToList();
        var rows = query.Actors is { } given
            ? given.Select(s => s.Id).Where(id => cells.Any(c => c.ActorId == id)).ToList()
            : cells.GroupBy(c => c.ActorId).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(query.MaxActors).Select(g => g.Key).ToList();
        cells = [.. cells.Where(c => rows.Contains(c.ActorId))];
        var columns = cells.GroupBy(c => c.Topic).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        cells = [.. cells.OrderBy(c => rows.IndexOf(c.ActorId)).ThenBy(c => columns.IndexOf(c.Topic))];
        return new InstrumentsResult([.. rows.Select(id => new InstrumentActor(id, names.GetValueOrDefault(id, id)))], columns, cells);
    }

    private static void AddSentences(IRelataStore store, AnalysisFilter filter, IReadOnlyList<ActorScope> rows, SentenceTopicIndex topics,
        Func<EvidenceRef, bool> namesCounterpart, HashSet<(string, int)> used, List<(string Row, string Topic, InstrumentEvidence Evidence, double Strength)> facts)
    {
        var dates = store.ListDocuments().ToDictionary(d => d.Id, d => d.ReferenceDate?.Timex, StringComparer.Ordinal);
        foreach (var scope in rows)
            foreach (var m in scope.Members.SelectMany(id => store.MentionsOf(id, int.MaxValue)).DistinctBy(m => (m.Evidence.DocumentId, m.Evidence.Sentence)))
            {
                var e = m.Evidence;
                if (used.Contains((e.DocumentId, e.Sentence)) || !namesCounterpart(e)) continue;
                string? date = m.Date ?? dates.GetValueOrDefault(e.DocumentId);
                if (!filter.InPeriod(TimexSpan.Parse(date))) continue;
                var evidence = new InstrumentEvidence("sentence", Output(e.SentenceText), date, 1, e);
                foreach (var topic in topics.Of(e))
                    if (filter.Topic is null || topic == filter.Topic) facts.Add((scope.Id, topic, evidence, 0));
            }
    }

    private static string Output(string sentence) => sentence.Length <= 120 ? sentence : sentence[..119] + "…";
}
