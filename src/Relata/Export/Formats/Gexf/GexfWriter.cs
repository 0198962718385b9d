using System.Text;
using System.Xml;

namespace Relata.Export.Formats.Gexf;

/// <summary>Writes a <see cref="GexfGraph"/> as GEXF 1.3 (http://gexf.net/1.3), dynamic with date spells, for Gephi.</summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    public static readonly (string Id, string Type)[] NodeAttributes = [("type", "string"), ("code", "string"), ("country", "string")];

    public static readonly (string Id, string Type)[] EdgeAttributes =
    [
        ("events", "integer"), ("goldstein_sum", "double"), ("goldstein_mean", "double"), ("cameo_codes", "string"),
        .. GexfNetwork.QuadNames.Select(q => (q, "integer")),
    ];

    /// <param name="lastModified">The meta date; the caller passes it so output is reproducible.</param>
    public static void Write(TextWriter writer, GexfGraph graph, DateOnly lastModified, string? description = null)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", ExportDates.Iso(lastModified));
        xml.WriteElementString("creator", Namespace, "Relata");
        if (description is not null) xml.WriteElementString("description", Namespace, description);
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", graph.DefaultEdgeType);
        xml.WriteAttributeString("mode", graph.Mode);
        if (graph.TimeFormat is not null) xml.WriteAttributeString("timeformat", graph.TimeFormat);
        var allSpells = graph.Edges.SelectMany(e => e.Spells).ToList();
        if (allSpells.Count > 0)
        {
            xml.WriteAttributeString("start", ExportDates.Iso(allSpells.Min(s => s.Start)));
            xml.WriteAttributeString("end", ExportDates.Iso(allSpells.Max(s => s.End)));
        }
        Declare(xml, "node", NodeAttributes);
        Declare(xml, "edge", EdgeAttributes);

        xml.WriteStartElement("nodes", Namespace);
        xml.WriteAttributeString("count", graph.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var n in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", n.Id);
            xml.WriteAttributeString("label", n.Label);
            Values(xml, n.Attributes);
            Spells(xml, n.Spells);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        xml.WriteAttributeString("count", graph.Edges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var e in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", e.Id);
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            xml.WriteAttributeString("weight", e.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            if (e.Label is not null) xml.WriteAttributeString("label", e.Label);
            Values(xml, e.Attributes);
            Spells(xml, e.Spells);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string @class, IEnumerable<(string Id, string Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", @class);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) return;
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (key, value) in values)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Spells(XmlWriter xml, IReadOnlyList<GexfSpell> spells)
    {
        if (spells.Count == 0) return;
        xml.WriteStartElement("spells", Namespace);
        foreach (var s in spells)
        {
            xml.WriteStartElement("spell", Namespace);
            xml.WriteAttributeString("start", ExportDates.Iso(s.Start));
            xml.WriteAttributeString("end", ExportDates.Iso(s.End));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
