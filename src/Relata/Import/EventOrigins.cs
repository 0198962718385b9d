using Relata.Store;

namespace Relata.Import;

public static class EventOrigins
{
    /// <summary>
    /// Events as the merger should see them: an imported row counts as a report by its own outlet (the SOURCEURL's
    /// domain, ACLED's source), not by the import file, so a GDELT row and an article from the same outlet are one source.
    /// </summary>
    public static IReadOnlyList<EventRecord> WithOrigins(this IRelataStore store, IEnumerable<EventRecord> events)
    {
        var origins = store.EventOrigins();
        return [.. events.Select(e => origins.GetValueOrDefault((e.Evidence.DocumentId, e.EventId)) is { Outlet: { } outlet }
            ? e with { Outlet = outlet } : e)];
    }
}
