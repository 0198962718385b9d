using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actor">Only facts involving this side.</param>
/// <param name="AssertedOnly">Check only events reported as having happened.</param>
public sealed record CorroborationQuery(AnalysisFilter? Filter = null, ActorScope? Actor = null, bool AssertedOnly = true);

/// <summary>A proposition every claim of which comes from one document.</summary>
public sealed record SingleSourceProposition(string Key, string Label, string DocumentId, int Claims, EvidenceRef Evidence);

/// <summary>Documents that seem to report one event but disagree on its date or its participants.</summary>
/// <param name="Kind">date or actors (reports of one event disagree), or identity (a vague report fits several events equally well;
/// the values are the candidate event ids).</param>
/// <param name="Values">What the reports say, one value per group of reports; <paramref name="Reports"/> holds the first report giving each value.</param>
public sealed record SourceDisagreement(string Kind, string Summary, IReadOnlyList<string> Values, IReadOnlyList<EventRecord> Reports);

public sealed record CorroborationResult(
    IReadOnlyList<ReportedEvent> SingleSourceEvents, IReadOnlyList<ReportedEvent> CorroboratedEvents,
    IReadOnlyList<SingleSourceProposition> SingleSourcePropositions, IReadOnlyList<TrackedProposition> CorroboratedPropositions,
    IReadOnlyList<SourceDisagreement> Disagreements)
{
    public bool IsEmpty => SingleSourceEvents.Count == 0 && CorroboratedEvents.Count == 0 && SingleSourcePropositions.Count == 0
        && CorroboratedPropositions.Count == 0;
}

/// <summary>Which facts rest on a single source, and where sources disagree on an event's date or participants.
/// Reports of one event are merged by <see cref="Events.Merging.EventMerger"/>; a disagreement is a date or actor
/// conflict it keeps between reports in different documents (a vaguer date that contains a precise one is no disagreement),
/// or a report it could not assign to one event.</summary>
public static class Corroboration
{
    public static CorroborationResult Build(IRelataStore store, CorroborationQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var events = AnalysisEvents.Load(store, filter, query.AssertedOnly)
            .Where(e => Timeline.Involves(e.Event, query.Actor, null)).ToList();
        var grouped = EventReports.Group(events);
        var claims = ClaimsTracker.Build(store, new ClaimsTrackerQuery(filter, query.Actor));
        return new CorroborationResult(
            [.. grouped.Where(g => g.DocumentCount == 1)],
            [.. grouped.Where(g => g.DocumentCount > 1)],
            [.. claims.Propositions.Where(p => p.Documents == 1).Select(p => new SingleSourceProposition(p.Key, p.Label,
                p.Claims[0].Evidence.DocumentId, p.Claims.Count, p.Claims[0].Evidence))],
            [.. claims.Propositions.Where(p => p.Documents > 1)],
            [.. grouped.SelectMany(Disagreements)]);
    }

    private static IEnumerable<SourceDisagreement> Disagreements(ReportedEvent e)
    {
        var byKey = e.Reports.ToDictionary(r => Events.Merging.EventMerger.MentionKey(r.Event), r => r.Event, StringComparer.Ordinal);
        foreach (var c in e.Conflicts)
        {
            var ev0 = e.Event;
            if (c.Kind == Events.Merging.ConflictKind.Ambiguous)
            {
                yield return new SourceDisagreement("identity", $"{ev0.SourceName ?? "?"} → {ev0.TargetName ?? "?"}: {ev0.Cameo} {ev0.CameoName} ({ev0.Date ?? "undated"}) may be any of several events",
                    [.. c.Values.Select(v => v.Value)], [ev0]);
                continue;
            }
            if (c.Field is not ("date" or "actors") || c.Kind == Events.Merging.ConflictKind.Precision) continue;
            var reports = c.Values.Select(v => v.Mentions.Select(m => byKey.GetValueOrDefault(m)).OfType<EventRecord>().ToList()).Where(r => r.Count > 0).ToList();
            if (reports.SelectMany(r => r).Select(r => r.Evidence.DocumentId).Distinct().Count() < 2) continue;
            var ev = e.Event;
            yield return new SourceDisagreement(c.Field, $"{ev.SourceName ?? "?"} → {ev.TargetName ?? "?"}: {ev.Cameo} {ev.CameoName} ({ev.Date ?? "undated"})",
                [.. c.Values.Select(v => v.Value)], [.. reports.Select(r => r[0])]);
        }
    }
}
