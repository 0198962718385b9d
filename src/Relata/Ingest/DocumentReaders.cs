using Relata.Ingest.Feeds;
using Relata.Ingest.Html;
using Relata.Ingest.JsonLines;
using Relata.Ingest.Pdf;
using Relata.Ingest.Text;

namespace Relata.Ingest;

/// <summary>
/// Chooses the reader for an input: content sniffing first (a "%PDF-" or "&lt;rss" header beats any name),
/// then the file extension, then the media type; plain text when nothing else claims it.
/// </summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IDocumentReader _fallback;

    public DocumentReaders(IEnumerable<IDocumentReader> readers, IDocumentReader fallback)
    {
        _readers = [.. readers];
        _fallback = fallback;
    }

    public static DocumentReaders Default { get; } = new(
        [new PdfReader(), new RssReader(), new AtomReader(), new HtmlReader(), new JsonLinesReader(), new MarkdownReader(), new PlainTextReader()],
        new PlainTextReader());

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>File extensions some reader claims (".txt", ".html", …).</summary>
    public bool IsSupportedExtension(string extension) =>
        _readers.Any(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    public IDocumentReader Select(SourceInput input)
    {
        var head = input.Bytes.Span.Length > 4096 ? input.Bytes.Span[..4096] : input.Bytes.Span;
        foreach (var reader in _readers)
            if (reader.Sniff(head)) return reader;
        string extension = input.Extension;
        if (extension.Length > 0)
            foreach (var reader in _readers)
                if (reader.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return reader;
        string? mediaType = MediaType.Essence(input.MediaType);
        if (mediaType is not null)
            foreach (var reader in _readers)
                if (reader.MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)) return reader;
        return _fallback;
    }

    /// <exception cref="InputException">The input as a whole cannot be read.</exception>
    public ReadResult Read(SourceInput input) => Select(input).Read(input);
}
