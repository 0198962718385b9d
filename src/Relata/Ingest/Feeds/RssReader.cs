using Relata.Documents;
using Relata.Ingest.Html;
using Relata.Ingest.Metadata;

namespace Relata.Ingest.Feeds;

/// <summary>RSS 2.0 feeds: each item is its own document with title, link, pubDate and author.</summary>
public sealed class RssReader(DocumentFactory factory, HtmlContentExtractor extractor) : IDocumentReader
{
    public RssReader() : this(DocumentFactory.Default, HtmlContentExtractor.Default) { }

    public string Format => "rss";
    // Generic XML is claimed here only after sniffing has ruled out Atom, so a saved feed in a folder is still read.
    public IReadOnlyList<string> Extensions { get; } = [".rss", ".xml"];
    public IReadOnlyList<string> MediaTypes { get; } = ["application/rss+xml", "application/rdf+xml", "application/xml", "text/xml"];

    public bool Sniff(ReadOnlySpan<byte> head) => FeedXml.StartsWithElement(head, "rss") || FeedXml.StartsWithElement(head, "rdf:rdf");

    public ReadResult Read(SourceInput input)
    {
        var (xml, encoding) = FeedXml.Load(input);
        var channel = xml.Root?.Element("channel") ?? xml.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            ?? throw new InputException(input.Name, "not an RSS feed (no <channel>)");
        string? feedTitle = FeedXml.Value(channel.Element("title"));
        var items = xml.Root!.Descendants().Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0) throw new InputException(input.Name, "feed has no items");

        var builder = new FeedItemBuilder(factory, extractor, input.Name, Format);
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            string? encoded = FeedXml.Value(item.Element(FeedXml.Content + "encoded"));
            string? description = FeedXml.Value(Child(item, "description"));
            var metadata = new DocumentMetadata
            {
                Title = FeedXml.Value(Child(item, "title")),
                Url = FeedXml.Value(Child(item, "link")),
                Author = FeedXml.PersonName(FeedXml.Value(item.Element(FeedXml.DublinCore + "creator")) ?? FeedXml.Value(Child(item, "author"))),
                Outlet = feedTitle,
                PublishedDate = LooseDate.TryParse(FeedXml.Value(Child(item, "pubDate")) ?? FeedXml.Value(item.Element(FeedXml.DublinCore + "date")), out var d) ? d : null,
                Encoding = encoding,
            };
            builder.Add(i + 1, FeedXml.Value(Child(item, "guid")), encoded ?? description, contentIsHtml: true, metadata, item.ToString());
        }
        return new ReadResult(builder.Documents, builder.Errors);
    }

    private static System.Xml.Linq.XElement? Child(System.Xml.Linq.XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != FeedXml.Content);
}
