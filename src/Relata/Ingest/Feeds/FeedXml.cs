using System.Xml;
using System.Xml.Linq;
using Relata.Ingest.Decoding;
using Relata.Ingest.Html;

namespace Relata.Ingest.Feeds;

/// <summary>Safe XML loading for feeds (no DTDs, no external entities) and helpers shared by RSS and Atom.</summary>
internal static class FeedXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static (XDocument Xml, string Encoding) Load(SourceInput input)
    {
        var decoded = TextDecoder.DecodeRaw(input.Bytes.Span, input.Name, MediaType.Charset(input.MediaType) ?? HtmlCharset.Declared(input.Bytes.Span));
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(decoded.Text), settings);
            return (XDocument.Load(reader), decoded.EncodingName);
        }
        catch (XmlException e)
        {
            throw new InputException(input.Name, $"malformed XML (line {e.LineNumber}, position {e.LinePosition})", e);
        }
    }

    public static bool StartsWithElement(ReadOnlySpan<byte> head, string name)
    {
        string s = Sniffing.FirstElement(head);
        return s.StartsWith("<" + name, StringComparison.Ordinal) && s.Length > name.Length + 1
               && (char.IsWhiteSpace(s[name.Length + 1]) || s[name.Length + 1] is '>' or '/');
    }

    public static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    /// <summary>"jane@example.org (Jane Doe)" → "Jane Doe"; a bare address is not a name.</summary>
    public static string? PersonName(string? value)
    {
        if (value is null) return null;
        int open = value.IndexOf('('), close = value.LastIndexOf(')');
        if (open >= 0 && close > open + 1) return value[(open + 1)..close].Trim();
        return value.Contains('@') ? null : value;
    }
}
