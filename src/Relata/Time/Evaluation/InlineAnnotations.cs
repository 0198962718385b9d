using System.Text;
using System.Xml.Linq;
using Relata.Documents;

namespace Relata.Time.Evaluation;

/// <summary>One inline-annotated element: its tag, its span in the plain text and its attributes.</summary>
public sealed record Annotation(string Tag, TextSpan Span, string Text, IReadOnlyDictionary<string, string> Attributes)
{
    public string? this[string attribute] => Attributes.TryGetValue(attribute, out var v) ? v : null;
}

/// <summary>A TimeML-style document: plain text of its &lt;TEXT&gt;, its creation time and the annotations inside the text.</summary>
public sealed record AnnotatedDocument(string Id, DateOnly? CreationTime, string Text, IReadOnlyList<Annotation> Annotations);

/// <summary>Reads TimeML-style XML (TIMEX3 or any other inline tag, with a DCT) from a string. Pure: no I/O.</summary>
public static class InlineAnnotationReader
{
    public static AnnotatedDocument Parse(string xml, string fallbackId = "doc")
    {
        var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root ?? throw new FormatException("empty document");
        string id = root.Element("DOCID")?.Value.Trim() ?? fallbackId;
        DateOnly? dct = null;
        if (root.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value is { } v && DateOnly.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d))
            dct = d;
        var text = new StringBuilder();
        var annotations = new List<Annotation>();
        var body = root.Element("TEXT") ?? throw new FormatException("no <TEXT> element");
        Walk(body, text, annotations);
        return new AnnotatedDocument(id, dct, text.ToString(), annotations);
    }

    private static void Walk(XElement element, StringBuilder text, List<Annotation> annotations)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) { text.Append(t.Value); continue; }
            if (node is not XElement e) continue;
            int start = text.Length;
            Walk(e, text, annotations);
            var attributes = e.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
            annotations.Add(new Annotation(e.Name.LocalName, new TextSpan(start, text.Length), text.ToString(start, text.Length - start), attributes));
        }
    }
}
