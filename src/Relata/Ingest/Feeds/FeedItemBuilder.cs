using AngleSharp.Html.Parser;
using Relata.Documents;
using Relata.Ingest.Html;

namespace Relata.Ingest.Feeds;

/// <summary>Turns one feed item (its HTML or text content plus metadata) into a document, collecting per-item errors.</summary>
internal sealed class FeedItemBuilder(DocumentFactory factory, HtmlContentExtractor extractor, string feedName, string format)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public List<Document> Documents { get; } = [];
    public List<InputException> Errors { get; } = [];

    /// <param name="index">One-based position of the item in the feed.</param>
    /// <param name="originalXml">The item's own markup; its hash is the item's OriginalHash.</param>
    /// <param name="guid">The item's own id (RSS guid, Atom id), preferred as the item key.</param>
    public void Add(int index, string? guid, string? content, bool contentIsHtml, DocumentMetadata metadata, string originalXml)
    {
        string key = guid is { Length: > 0 } && _keys.Add(guid) ? guid : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string source = $"{feedName}#{key}";
        try
        {
            string text = content is null ? "" : contentIsHtml ? HtmlToText(content) : content;
            Documents.Add(factory.Create(source, format, text, metadata, DocumentIds.HashText(originalXml), errorName: $"{feedName}#{index}"));
        }
        catch (InputException e)
        {
            Errors.Add(e);
        }
    }

    private string HtmlToText(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body is null ? "" : extractor.ExtractFragment(document.Body);
    }
}
