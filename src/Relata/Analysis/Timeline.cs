using Relata.Store;

namespace Relata.Analysis;

/// <param name="Actor">Events with this side as source or target.</param>
/// <param name="Counterpart">With <paramref name="Actor"/>: only events between the two (a dyad), either direction.</param>
/// <param name="AssertedOnly">Leave out planned, negated and alleged events.</param>
public sealed record TimelineQuery(
    ActorScope? Actor = null, ActorScope? Counterpart = null, AnalysisFilter? Filter = null, bool AssertedOnly = false);

/// <param name="Date">The TIMEX3 value as reported, at its own precision.</param>
/// <param name="Precision">day, month, year, decade…</param>
public sealed record TimelineEntry(
    string Date, string Precision, DateOnly Start, DateOnly End, ReportedEvent Event)
{
    public int EvidenceCount => Event.EvidenceCount;
}

/// <param name="Undated">Matching events with no date; listed apart, never guessed into the sequence.</param>
public sealed record TimelineResult(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<ReportedEvent> Undated)
{
    public bool IsEmpty => Entries.Count == 0 && Undated.Count == 0;
}

/// <summary>Events for an actor, a dyad, a topic or a period, in date order, each with its evidence count.</summary>
public static class Timeline
{
    public static TimelineResult Build(IRelataStore store, TimelineQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var events = AnalysisEvents.Load(store, filter, query.AssertedOnly).Where(e => Involves(e.Event, query.Actor, query.Counterpart));
        var grouped = EventReports.Group(events);
        var entries = grouped.Where(g => g.When is not null)
            .Select(g => new TimelineEntry(g.When!.Value.Value, g.When.Value.Precision.ToString().ToLowerInvariant(), g.When.Value.Start, g.When.Value.End, g))
            .ToList();
        return new TimelineResult(entries, [.. grouped.Where(g => g.When is null)]);
    }

    internal static bool Involves(EventRecord e, ActorScope? actor, ActorScope? counterpart)
    {
        if (actor is null) return counterpart is null || counterpart.Matches(e.SourceId, e.SourceCode) || counterpart.Matches(e.TargetId, e.TargetCode);
        bool source = actor.Matches(e.SourceId, e.SourceCode), target = actor.Matches(e.TargetId, e.TargetCode);
        if (counterpart is null) return source || target;
        return (source && counterpart.Matches(e.TargetId, e.TargetCode)) || (target && counterpart.Matches(e.SourceId, e.SourceCode));
    }
}
