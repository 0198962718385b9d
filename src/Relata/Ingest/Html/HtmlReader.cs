using AngleSharp.Html.Parser;
using Relata.Documents;
using Relata.Ingest.Decoding;

namespace Relata.Ingest.Html;

/// <summary>HTML pages: metadata from the head, main content as paragraphs, page furniture removed.</summary>
public sealed class HtmlReader(DocumentFactory factory, HtmlContentExtractor extractor) : IDocumentReader
{
    public HtmlReader() : this(DocumentFactory.Default, HtmlContentExtractor.Default) { }

    public string Format => "html";
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];
    public IReadOnlyList<string> MediaTypes { get; } = ["text/html", "application/xhtml+xml"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        string s = Sniffing.FirstElement(head);
        return s.StartsWith("<!doctype html", StringComparison.Ordinal) || s.StartsWith("<html", StringComparison.Ordinal)
               || s.StartsWith("<head", StringComparison.Ordinal) || s.StartsWith("<body", StringComparison.Ordinal);
    }

    public ReadResult Read(SourceInput input)
    {
        var span = input.Bytes.Span;
        var decoded = TextDecoder.DecodeRaw(span, input.Name, MediaType.Charset(input.MediaType) ?? HtmlCharset.Declared(span));
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var metadata = HtmlMetadataReader.Read(document) with { Encoding = decoded.EncodingName };
        string text = extractor.Extract(document);
        return ReadResult.Of(factory.Create(input.Name, Format, text, metadata, DocumentIds.HashBytes(span)));
    }
}
