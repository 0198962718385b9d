using System.Globalization;

namespace Relata.Export.Formats.Gexf;

/// <summary>
/// Turns events into a directed, weighted, dynamic actor network: one node per actor, one edge per ordered pair
/// of actors, weighted by how many asserted events link them, with a spell for each distinct event date
/// (month- and year-precise dates span their whole month or year).
/// </summary>
public static class GexfNetwork
{
    public static readonly string[] QuadNames = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

    public static GexfGraph Build(ExportSet set)
    {
        var nodes = new Dictionary<string, (string Label, SortedSet<GexfSpell> Spells)>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), List<(ExportEvent Event, GexfSpell? Spell)>>();
        foreach (var x in set.Events)
        {
            var e = x.Event;
            if (e.Modality != "asserted") continue;
            string? source = NodeId(e.SourceId, e.SourceName), target = NodeId(e.TargetId, e.TargetName);
            if (source is null || target is null || source == target) continue;
            GexfSpell? spell = ExportDates.Parse(e.Date, e.DatePrecision)?.Range is { } r ? new GexfSpell(r.Start, r.End) : null;
            foreach (var (id, name) in new[] { (source, e.SourceName), (target, e.TargetName) })
            {
                if (!nodes.TryGetValue(id, out var node)) nodes[id] = node = (set.Actor(IdOf(id))?.Name ?? name ?? id, new SortedSet<GexfSpell>(SpellOrder));
                if (spell is { } s) node.Spells.Add(s);
            }
            if (!edges.TryGetValue((source, target), out var list)) edges[(source, target)] = list = [];
            list.Add((x, spell));
        }

        var gexfNodes = nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n =>
        {
            var actor = set.Actor(IdOf(n.Key));
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (actor?.Type is { } type) attributes["type"] = type;
            if (actor?.Code is { } code) attributes["code"] = code;
            if (actor?.Country is { } country) attributes["country"] = country;
            return new GexfNode(n.Key, n.Value.Label, attributes, Disjoint(n.Value.Spells));
        }).ToList();

        var gexfEdges = edges.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal).Select(e =>
        {
            var events = e.Value.Select(v => v.Event.Event).ToList();
            double sum = events.Sum(v => v.Goldstein);
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["events"] = N(events.Count),
                ["goldstein_sum"] = N(Math.Round(sum, 3)),
                ["goldstein_mean"] = N(Math.Round(sum / events.Count, 3)),
                ["cameo_codes"] = string.Join('|', events.Select(v => v.Cameo).Distinct().Order(StringComparer.Ordinal)),
            };
            for (int q = 1; q <= 4; q++) attributes[QuadNames[q - 1]] = N(events.Count(v => v.QuadClass == q));
            var spells = Disjoint(e.Value.Where(v => v.Spell is not null).Select(v => v.Spell!.Value));
            string label = $"{nodes[e.Key.Item1].Label} → {nodes[e.Key.Item2].Label}";
            return new GexfEdge($"{e.Key.Item1}->{e.Key.Item2}", e.Key.Item1, e.Key.Item2, events.Count, label, attributes, spells);
        }).ToList();

        return new GexfGraph("dynamic", "directed", "date", gexfNodes, gexfEdges);
    }

    /// <summary>
    /// Overlapping spells joined into one ("2024" and "2024-03-05" are all of 2024): Gephi rejects an element whose
    /// intervals overlap. Spells that only touch stay apart.
    /// </summary>
    public static IReadOnlyList<GexfSpell> Disjoint(IEnumerable<GexfSpell> spells)
    {
        var result = new List<GexfSpell>();
        foreach (var s in spells.Order(SpellOrder))
        {
            if (result.Count > 0 && s.Start <= result[^1].End)
                result[^1] = result[^1] with { End = s.End > result[^1].End ? s.End : result[^1].End };
            else result.Add(s);
        }
        return result;
    }

    private const string NamePrefix = "name:";

    /// <summary>Linked actors keep their id; names the knowledge base does not know become "name:…" nodes.</summary>
    private static string? NodeId(string? id, string? name) => id ?? (string.IsNullOrWhiteSpace(name) ? null : NamePrefix + name.Trim());

    private static string? IdOf(string nodeId) => nodeId.StartsWith(NamePrefix, StringComparison.Ordinal) ? null : nodeId;

    private static readonly Comparer<GexfSpell> SpellOrder = Comparer<GexfSpell>.Create((a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    private static string N(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
