using System.Collections.Concurrent;
using Relata.Places;

namespace Relata.Events.Coding;

/// <summary>
/// Gazetteer answers by (place name, country context), shared by the documents one stage codes (thread-safe):
/// the same few places recur across reports, and resolving one sorts through every candidate of the name.
/// </summary>
internal sealed class PlaceCache
{
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<(string Name, string? Country), Place?> _resolved = new();

    public Place? Resolve(Gazetteer gazetteer, string name, string? country)
    {
        if (_resolved.TryGetValue((name, country), out var place)) return place;
        place = gazetteer.Resolve(name, country);
        if (_resolved.Count >= MaxEntries) _resolved.Clear();
        _resolved[(name, country)] = place;
        return place;
    }
}
