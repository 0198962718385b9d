using Relata.Documents;
using Relata.Events.Merging;
using Relata.Store;

namespace Relata.Export;

/// <summary>Extract events as <see cref="EventRecord"/>s, and the links between repeated reports of one event in a document.</summary>
public static class ExtractEventMerging
{
    public static EventRecord ToRecord(ExtractEvent e, string documentId, string? title, string? outlet, string? documentDate) => new(
        e.Id, e.Trigger, e.Source?.Id, e.Source?.Name, e.Source?.Code, e.Target?.Id, e.Target?.Name, e.Target?.Code, e.Cameo, e.CameoName,
        e.Plover, e.Mode, e.Goldstein, e.QuadClass, e.Date?.Value, e.Date?.Precision, e.Date?.From, e.Location?.Name, e.Location?.Country,
        e.Location?.Lat, e.Location?.Lon, e.Modality, e.Confidence, e.Symmetric,
        new EvidenceRef(documentId, e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End, e.Evidence.Text, title),
        outlet, documentDate, e.Location?.PlaceId, e.Topics is { Count: > 0 } t ? string.Join(',', t) : null);

    /// <summary>Merges the document's own repeated reports: later ones get <see cref="ExtractEvent.MergedInto"/>, the first the list of all.</summary>
    public static IReadOnlyList<ExtractEvent> Link(IReadOnlyList<ExtractEvent> events, string documentId, DocumentMetadata metadata, string? documentDate)
    {
        if (events.Count < 2) return events;
        var merged = EventMerger.Merge(events.Select(e => ToRecord(e, documentId, metadata.Title, metadata.Outlet, documentDate)));
        var links = new Dictionary<string, (string Anchor, IReadOnlyList<string> All)>(StringComparer.Ordinal);
        foreach (var m in merged)
        {
            if (m.Mentions.Count < 2) continue;
            string anchor = m.Representative.EventId;
            IReadOnlyList<string> all = [.. m.Mentions.OrderBy(x => x.Evidence.Start).ThenBy(x => x.EventId, StringComparer.Ordinal).Select(x => x.EventId)];
            foreach (var x in m.Mentions) links[x.EventId] = (anchor, all);
        }
        if (links.Count == 0) return events;
        return [.. events.Select(e => links.TryGetValue(e.Id, out var link)
            ? e.Id == link.Anchor ? e with { Mentions = link.All } : e with { MergedInto = link.Anchor }
            : e)];
    }
}
