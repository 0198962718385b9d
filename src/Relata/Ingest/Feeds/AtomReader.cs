using System.Xml.Linq;
using Relata.Documents;
using Relata.Ingest.Html;
using Relata.Ingest.Metadata;

namespace Relata.Ingest.Feeds;

/// <summary>Atom feeds: each entry is its own document with title, alternate link, published/updated date and author.</summary>
public sealed class AtomReader(DocumentFactory factory, HtmlContentExtractor extractor) : IDocumentReader
{
    public AtomReader() : this(DocumentFactory.Default, HtmlContentExtractor.Default) { }

    public string Format => "atom";
    public IReadOnlyList<string> Extensions { get; } = [".atom"];
    public IReadOnlyList<string> MediaTypes { get; } = ["application/atom+xml"];

    public bool Sniff(ReadOnlySpan<byte> head) => FeedXml.StartsWithElement(head, "feed");

    public ReadResult Read(SourceInput input)
    {
        var (xml, encoding) = FeedXml.Load(input);
        var feed = xml.Root;
        if (feed is null || feed.Name.LocalName != "feed") throw new InputException(input.Name, "not an Atom feed (no <feed>)");
        XNamespace ns = feed.Name.Namespace;
        string? feedTitle = FeedXml.Value(feed.Element(ns + "title"));
        string? feedAuthor = FeedXml.Value(feed.Element(ns + "author")?.Element(ns + "name"));
        var entries = feed.Elements(ns + "entry").ToList();
        if (entries.Count == 0) throw new InputException(input.Name, "feed has no entries");

        var builder = new FeedItemBuilder(factory, extractor, input.Name, Format);
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var content = entry.Element(ns + "content") ?? entry.Element(ns + "summary");
            var (text, isHtml) = ContentOf(content);
            var metadata = new DocumentMetadata
            {
                Title = FeedXml.Value(entry.Element(ns + "title")),
                Url = AlternateLink(entry, ns),
                Author = FeedXml.Value(entry.Element(ns + "author")?.Element(ns + "name")) ?? feedAuthor,
                Outlet = feedTitle,
                PublishedDate = LooseDate.TryParse(FeedXml.Value(entry.Element(ns + "published")) ?? FeedXml.Value(entry.Element(ns + "updated")), out var d) ? d : null,
                Encoding = encoding,
            };
            builder.Add(i + 1, FeedXml.Value(entry.Element(ns + "id")), text, isHtml, metadata, entry.ToString());
        }
        return new ReadResult(builder.Documents, builder.Errors);
    }

    private static (string? Text, bool IsHtml) ContentOf(XElement? content)
    {
        if (content is null) return (null, false);
        string type = (string?)content.Attribute("type") ?? "text";
        return type switch
        {
            "html" or "text/html" => (content.Value, true),
            "xhtml" or "application/xhtml+xml" => (string.Concat(content.Nodes().Select(n => n.ToString())), true),
            _ => (content.Value, false),
        };
    }

    private static string? AlternateLink(XElement entry, XNamespace ns)
    {
        var links = entry.Elements(ns + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)link?.Attribute("href");
    }
}
