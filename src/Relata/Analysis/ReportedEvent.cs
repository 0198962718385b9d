using Relata.Events.Merging;
using Relata.Store;

namespace Relata.Analysis;

/// <summary>One real event and every report of it, merged by <see cref="EventMerger"/>.</summary>
/// <param name="Lead">The merged event: the representative record with the most precise agreed details, and its date span.</param>
/// <param name="Reports">Every stored coding of it, first report first.</param>
/// <param name="Conflicts">Details the reports disagree on (date, actors, place, code, modality).</param>
public sealed record ReportedEvent(DatedEvent Lead, IReadOnlyList<DatedEvent> Reports, IReadOnlyList<MergeConflict> Conflicts)
{
    public ReportedEvent(DatedEvent lead, IReadOnlyList<DatedEvent> reports) : this(lead, reports, []) { }

    public EventRecord Event => Lead.Event;
    public TimexSpan? When => Lead.When;
    public int EvidenceCount => Reports.Count;
    public int DocumentCount => Reports.Select(r => r.Event.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count();
    public IEnumerable<EvidenceRef> Evidence => Reports.Select(r => r.Event.Evidence);
}

internal static class EventReports
{
    /// <summary>Merges codings of the same event across sentences and documents, in chronological order (undated last).</summary>
    public static List<ReportedEvent> Group(IEnumerable<DatedEvent> events)
    {
        var list = events.ToList();
        var byKey = list.ToDictionary(e => EventMerger.MentionKey(e.Event), StringComparer.Ordinal);
        return [.. EventMerger.Merge(list.Select(e => e.Event))
            .Select(m =>
            {
                var reports = m.Mentions.Select(r => byKey[EventMerger.MentionKey(r)])
                    .OrderBy(e => e.Event.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Event.Evidence.Sentence).ToList();
                return new ReportedEvent(new DatedEvent(m.Representative, TimexSpan.Parse(m.Representative.Date)), reports, m.Conflicts);
            })
            .OrderBy(r => r.Lead, Comparer<DatedEvent>.Create(AnalysisEvents.CompareChronologically))
            .ThenBy(r => r.Event.Evidence.DocumentId, StringComparer.Ordinal)
            .ThenBy(r => r.Event.Evidence.Start)];
    }
}
