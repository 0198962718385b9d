using System.Collections.Concurrent;

namespace Relata.Store.Sqlite;

/// <summary>
/// The ordered row ids matching a filter of the paged queries, kept per store file until a document is stored
/// (<see cref="SqliteStore.Revision"/>). Paging through a filter, or asking the same page again, then reads one slice
/// of the list and only the rows of that page instead of filtering, counting and sorting every match again.
/// Shared by every connection to the same file. Bounded: the oldest half is dropped when it grows past its size.
/// </summary>
internal static class MatchOrderCache
{
    private const int MaxEntries = 256;
    private const long MaxRowIds = 8_000_000;
    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static long _rowIds;

    private sealed record Entry(long Revision, long[] RowIds, long Stamp);

    private static long _clock;

    /// <param name="refresh">Compute the list even when one is kept.</param>
    public static long[] Get(string key, long revision, Func<long[]> compute, bool refresh = false)
    {
        if (!refresh && Entries.TryGetValue(key, out var hit) && hit.Revision == revision) return hit.RowIds;
        var fresh = compute();
        if (Entries.Count >= MaxEntries || Interlocked.Read(ref _rowIds) + fresh.LongLength > MaxRowIds) Trim();
        var entry = new Entry(revision, fresh, Interlocked.Increment(ref _clock));
        Entries.AddOrUpdate(key, _ =>
        {
            Interlocked.Add(ref _rowIds, fresh.LongLength);
            return entry;
        }, (_, old) =>
        {
            Interlocked.Add(ref _rowIds, fresh.LongLength - old.RowIds.LongLength);
            return entry;
        });
        return fresh;
    }

    private static void Trim()
    {
        foreach (var (key, _) in Entries.OrderBy(e => e.Value.Stamp).Take(Math.Max(1, Entries.Count / 2)).ToList())
            if (Entries.TryRemove(key, out var removed)) Interlocked.Add(ref _rowIds, -removed.RowIds.LongLength);
    }
}
