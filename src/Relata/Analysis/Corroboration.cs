using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actor">Only facts involving this side.</param>
/// <param name="AssertedOnly">Check only events reported as having happened.</param>
public sealed record CorroborationQuery(AnalysisFilter? Filter = null, ActorScope? Actor = null, bool AssertedOnly = true);

/// <summary>A proposition every claim of which comes from one document.</summary>
public sealed record SingleSourceProposition(string Key, string Label, string DocumentId, int Claims, EvidenceRef Evidence);

/// <summary>Documents that seem to report one event but disagree on its date or its participants.</summary>
/// <param name="Kind">date or actors.</param>
/// <param name="Values">What each report says, one per report, in the order of <paramref name="Reports"/>.</param>
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
/// Reports of one event are recognised by participants, CAMEO code and date; a date disagreement is the same
/// participants and code on dates that do not overlap yet lie within a year, each document reporting it once.</summary>
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
            [.. DateDisagreements(events), .. ActorDisagreements(events)]);
    }

    private static IEnumerable<SourceDisagreement> DateDisagreements(List<DatedEvent> events)
    {
        foreach (var g in events.Where(e => e.When is not null && e.Event.SourceId is not null && e.Event.TargetId is not null)
                     .GroupBy(e => (e.Event.SourceId, e.Event.TargetId, e.Event.Cameo)))
        {
            var perDocument = g.GroupBy(e => e.Event.Evidence.DocumentId).Where(d => d.Select(e => e.Event.Date).Distinct().Count() == 1)
                .Select(d => d.First()).OrderBy(e => e.When!.Value.SortKey).ToList();
            if (perDocument.Count < 2) continue;
            bool overlapAll = perDocument.All(a => perDocument.All(b => a.When!.Value.Overlaps(b.When!.Value)));
            int spread = perDocument[^1].When!.Value.Start.DayNumber - perDocument[0].When!.Value.End.DayNumber;
            if (overlapAll || spread > 366) continue;
            var e = perDocument[0].Event;
            yield return new SourceDisagreement("date", $"{e.SourceName} → {e.TargetName}: {e.Cameo} {e.CameoName}",
                [.. perDocument.Select(x => x.Event.Date!)], [.. perDocument.Select(x => x.Event)]);
        }
    }

    private static IEnumerable<SourceDisagreement> ActorDisagreements(List<DatedEvent> events)
    {
        foreach (var g in events.Where(e => e.When is { Precision: Time.TimexPrecision.Day } && e.Event.SourceId is not null && e.Event.TargetId is not null)
                     .GroupBy(e => (e.Event.Cameo, e.Event.Date)))
        {
            var perDocument = g.GroupBy(e => e.Event.Evidence.DocumentId).Where(d => d.Count() == 1).Select(d => d.First().Event).ToList();
            if (perDocument.Count < 2) continue;
            var pairs = perDocument.Select(e => (e.SourceId, e.TargetId)).Distinct().ToList();
            bool shareOne = perDocument.Select(e => e.SourceId).Distinct().Count() == 1 || perDocument.Select(e => e.TargetId).Distinct().Count() == 1;
            if (pairs.Count < 2 || !shareOne) continue;
            var e0 = perDocument[0];
            yield return new SourceDisagreement("actors", $"{e0.Date}: {e0.Cameo} {e0.CameoName}",
                [.. perDocument.Select(x => $"{x.SourceName} → {x.TargetName}")], perDocument);
        }
    }
}
