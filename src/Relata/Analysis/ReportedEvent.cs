using Relata.Store;

namespace Relata.Analysis;

/// <summary>One event as reported by one or more sentences: same participants, same CAMEO code, same date value.</summary>
/// <param name="Reports">Every stored coding of it, first report first.</param>
public sealed record ReportedEvent(DatedEvent Lead, IReadOnlyList<DatedEvent> Reports)
{
    public EventRecord Event => Lead.Event;
    public TimexSpan? When => Lead.When;
    public int EvidenceCount => Reports.Count;
    public int DocumentCount => Reports.Select(r => r.Event.Evidence.DocumentId).Distinct(StringComparer.Ordinal).Count();
    public IEnumerable<EvidenceRef> Evidence => Reports.Select(r => r.Event.Evidence);
}

internal static class EventReports
{
    /// <summary>Groups codings of the same event across sentences and documents, in chronological order (undated last).</summary>
    public static List<ReportedEvent> Group(IEnumerable<DatedEvent> events) =>
        [.. events
            .GroupBy(e => (Party(e.Event.SourceId, e.Event.SourceName), Party(e.Event.TargetId, e.Event.TargetName), e.Event.Cameo,
                e.Event.Date ?? "?" + e.Event.EventId + e.Event.Evidence.DocumentId, e.Event.Modality))
            .Select(g =>
            {
                var reports = g.OrderBy(e => e.Event.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Event.Evidence.Sentence).ToList();
                return new ReportedEvent(reports[0], reports);
            })
            .OrderBy(r => r.Lead, Comparer<DatedEvent>.Create(AnalysisEvents.CompareChronologically))
            .ThenBy(r => r.Event.Evidence.DocumentId, StringComparer.Ordinal)
            .ThenBy(r => r.Event.Evidence.Start)];

    private static string Party(string? id, string? name) => id ?? (name is null ? "" : "~" + name.ToLowerInvariant());
}
