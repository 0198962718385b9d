using Markdig;
using Markdig.Syntax;
using Relata.Documents;
using Relata.Ingest.Decoding;

namespace Relata.Ingest.Text;

/// <summary>Markdown rendered to plain text (one paragraph per line); the first heading is the title.</summary>
public sealed class MarkdownReader(DocumentFactory factory) : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public MarkdownReader() : this(DocumentFactory.Default) { }

    public string Format => "md";
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown", ".mdown"];
    public IReadOnlyList<string> MediaTypes { get; } = ["text/markdown", "text/x-markdown"];

    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ReadResult Read(SourceInput input)
    {
        var decoded = TextDecoder.DecodeRaw(input.Bytes.Span, input.Name, MediaType.Charset(input.MediaType));
        var document = Markdown.Parse(decoded.Text, Pipeline);
        string text = MarkdownPlainText.Render(document);
        string? title = document.Descendants<HeadingBlock>().Select(MarkdownPlainText.Inline).FirstOrDefault(t => t.Length > 0);
        var metadata = new DocumentMetadata { Title = title, Encoding = decoded.EncodingName };
        return ReadResult.Of(factory.Create(input.Name, Format, text, metadata, DocumentIds.HashBytes(input.Bytes.Span)));
    }
}
