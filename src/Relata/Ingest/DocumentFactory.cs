using Relata.Documents;
using Relata.Ingest.Cleaning;
using Relata.Ingest.Decoding;
using Relata.Ingest.Metadata;

namespace Relata.Ingest;

/// <summary>
/// The steps every reader shares once it has raw text: normalise, drop debris lines, read the metadata the
/// text states, make sure a known title opens the text, then compute id and hashes.
/// </summary>
public sealed class DocumentFactory(TextCleaner cleaner, TextMetadataExtractor metadataExtractor)
{
    public static DocumentFactory Default { get; } = new(TextCleaner.Default, TextMetadataExtractor.Default);

    /// <param name="source">Path or URL, with "#key" for an item of a feed or JSONL file.</param>
    /// <param name="readerMetadata">What the format itself stated; wins over what the text states.</param>
    /// <param name="id">Kept as given (JSONL); otherwise derived from <paramref name="source"/>.</param>
    /// <exception cref="InputException">Nothing but debris (or nothing at all) is left.</exception>
    public Document Create(string source, string format, string rawText, DocumentMetadata readerMetadata,
        string originalHash, string? id = null, string? errorName = null)
    {
        string text = cleaner.Clean(TextNormalizer.Normalize(rawText));
        var extracted = metadataExtractor.Extract(text);
        text = extracted.Text;
        var metadata = readerMetadata.Complete(extracted.Metadata);
        if (metadata.Title is not null)
            metadata = metadata with { Title = OneLine(metadata.Title) };

        if (metadata.Title is { Length: > 0 } title && !StartsWithTitle(text, title))
            text = text.Length == 0 ? title : title + "\n\n" + text;
        if (text.Length == 0)
            throw new InputException(errorName ?? source, "no text content");

        return new Document(
            id ?? DocumentIds.FromSource(source),
            source,
            format,
            text,
            metadata,
            DocumentIds.HashText(text),
            originalHash);
    }

    private static string? OneLine(string value)
    {
        string s = TextNormalizer.Normalize(value).Replace('\n', ' ');
        return s.Length == 0 ? null : s;
    }

    private static bool StartsWithTitle(string text, string title)
    {
        int end = text.IndexOf('\n');
        var first = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return first.Equals(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
               || (first.Length > 0 && title.StartsWith(first.ToString(), StringComparison.OrdinalIgnoreCase) && first.Length >= 10);
    }
}
