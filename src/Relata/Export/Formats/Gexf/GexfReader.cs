using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Relata.Export.Formats.Gexf;

/// <summary>Reads GEXF 1.3 (and 1.2) graphs: nodes and edges with attribute values and date spells.</summary>
public static class GexfReader
{
    /// <exception cref="FormatException">Not a GEXF document, or a spell or weight that does not parse.</exception>
    public static GexfGraph Read(TextReader reader)
    {
        XDocument doc;
        try { doc = XDocument.Load(reader); }
        catch (XmlException e) { throw new FormatException($"not XML: {e.Message}", e); }
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "gexf") throw new FormatException("the root element is not <gexf>");
        XNamespace ns = root.Name.Namespace;
        var graph = root.Element(ns + "graph") ?? throw new FormatException("no <graph> element");
        var titles = graph.Elements(ns + "attributes").SelectMany(a => a.Elements(ns + "attribute"))
            .ToDictionary(a => (string)a.Attribute("id")!, a => (string?)a.Attribute("title") ?? (string)a.Attribute("id")!);

        Dictionary<string, string> Values(XElement e) => e.Element(ns + "attvalues")?.Elements(ns + "attvalue")
            .ToDictionary(v => titles.GetValueOrDefault((string)v.Attribute("for")!) ?? (string)v.Attribute("for")!, v => (string)v.Attribute("value")!)
            ?? [];
        List<GexfSpell> Spells(XElement e) => [.. e.Element(ns + "spells")?.Elements(ns + "spell").Select(s => new GexfSpell(
            Date((string?)s.Attribute("start") ?? (string?)s.Attribute("timestamp")), Date((string?)s.Attribute("end") ?? (string?)s.Attribute("timestamp")))) ?? []];

        var nodes = graph.Element(ns + "nodes")?.Elements(ns + "node")
            .Select(n => new GexfNode((string)n.Attribute("id")!, (string?)n.Attribute("label") ?? (string)n.Attribute("id")!, Values(n), Spells(n)))
            .ToList() ?? [];
        var edges = graph.Element(ns + "edges")?.Elements(ns + "edge").Select((e, i) => new GexfEdge(
                (string?)e.Attribute("id") ?? i.ToString(CultureInfo.InvariantCulture), (string)e.Attribute("source")!, (string)e.Attribute("target")!,
                e.Attribute("weight") is { } w ? double.Parse(w.Value, CultureInfo.InvariantCulture) : 1.0,
                (string?)e.Attribute("label"), Values(e), Spells(e)))
            .ToList() ?? [];
        return new GexfGraph((string?)graph.Attribute("mode") ?? "static", (string?)graph.Attribute("defaultedgetype") ?? "undirected",
            (string?)graph.Attribute("timeformat"), nodes, edges);
    }

    private static DateOnly Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"spell date '{value}' is not yyyy-MM-dd");
}
