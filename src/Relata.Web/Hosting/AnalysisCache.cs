using System.Collections.Concurrent;

namespace Relata.Web.Hosting;

/// <summary>
/// Analyses read every matching fact of the store; their answers are kept until this server stores a new document.
/// Bounded: the oldest half is dropped when it grows past its size.
/// </summary>
public sealed class AnalysisCache(StorePool pool)
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, (long Generation, object Value)> _entries = new(StringComparer.Ordinal);

    public T Get<T>(string key, Func<T> compute) where T : notnull
    {
        long generation = pool.Generation;
        if (_entries.TryGetValue(key, out var hit) && hit.Generation == generation && hit.Value is T value) return value;
        var fresh = compute();
        if (_entries.Count >= MaxEntries) foreach (var k in _entries.Keys.Take(MaxEntries / 2)) _entries.TryRemove(k, out _);
        _entries[key] = (generation, fresh);
        return fresh;
    }
}
