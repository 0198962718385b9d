using Relata.Documents;
using Relata.Ingest.Decoding;

namespace Relata.Ingest.Text;

/// <summary>Plain text: decoded, cleaned of site debris, metadata read from its header and footer lines.</summary>
public sealed class PlainTextReader(DocumentFactory factory) : IDocumentReader
{
    public PlainTextReader() : this(DocumentFactory.Default) { }

    public string Format => "txt";
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];
    public IReadOnlyList<string> MediaTypes { get; } = ["text/plain"];

    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ReadResult Read(SourceInput input)
    {
        var decoded = TextDecoder.Decode(input.Bytes.Span, input.Name, MediaType.Charset(input.MediaType));
        var metadata = new DocumentMetadata { Encoding = decoded.EncodingName };
        return ReadResult.Of(factory.Create(input.Name, Format, decoded.Text, metadata, DocumentIds.HashBytes(input.Bytes.Span)));
    }
}
