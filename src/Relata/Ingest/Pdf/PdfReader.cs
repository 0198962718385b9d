using Relata.Documents;
using UglyToad.PdfPig;

namespace Relata.Ingest.Pdf;

/// <summary>PDF documents via PdfPig; a truncated or corrupt file is an input error.</summary>
public sealed class PdfReader(DocumentFactory factory) : IDocumentReader
{
    public PdfReader() : this(DocumentFactory.Default) { }

    public string Format => "pdf";
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];
    public IReadOnlyList<string> MediaTypes { get; } = ["application/pdf", "application/x-pdf"];

    public bool Sniff(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) is >= 0 and < 1024;

    public ReadResult Read(SourceInput input)
    {
        if (input.Bytes.IsEmpty) throw new InputException(input.Name, "empty input");
        if (!Sniff(input.Bytes.Span)) throw new InputException(input.Name, "not a PDF (no %PDF- header)");
        (string Text, string? Author) extracted;
        try
        {
            using var pdf = PdfDocument.Open(input.Bytes.ToArray(), new ParsingOptions { UseLenientParsing = false });
            extracted = PdfTextExtractor.Extract(pdf);
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            throw new InputException(input.Name, "corrupt or truncated PDF", e);
        }
        if (string.IsNullOrWhiteSpace(extracted.Text))
            throw new InputException(input.Name, "PDF has no extractable text (scanned image?)");
        var metadata = new DocumentMetadata { Author = extracted.Author };
        return ReadResult.Of(factory.Create(input.Name, Format, extracted.Text, metadata, DocumentIds.HashBytes(input.Bytes.Span)));
    }
}
