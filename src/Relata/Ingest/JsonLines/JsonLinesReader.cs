using Relata.Documents;
using Relata.Ingest.Decoding;
using Relata.Ingest.Metadata;

namespace Relata.Ingest.JsonLines;

/// <summary>
/// JSON Lines: one record per line; the record's id is the document id. A bad line is reported as
/// "file:line: reason" and the other lines still yield documents.
/// </summary>
public sealed class JsonLinesReader(DocumentFactory factory) : IDocumentReader
{
    public JsonLinesReader() : this(DocumentFactory.Default) { }

    public string Format => "jsonl";
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".jsonlines"];
    public IReadOnlyList<string> MediaTypes { get; } = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        string s = Sniffing.Head(head);
        int newline = s.IndexOf('\n');
        string first = (newline < 0 ? s : s[..newline]).TrimEnd();
        return first.StartsWith('{') && first.EndsWith('}') && first.Contains("\"id\"", StringComparison.Ordinal);
    }

    public ReadResult Read(SourceInput input)
    {
        var decoded = TextDecoder.DecodeRaw(input.Bytes.Span, input.Name, MediaType.Charset(input.MediaType));
        var documents = new List<Document>();
        var errors = new List<InputException>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        using var reader = new StringReader(decoded.Text);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{input.Name}:{lineNumber}";
            var record = JsonLinesRecord.Parse(line, out var error);
            if (record is null)
            {
                errors.Add(new InputException(where, error!));
                continue;
            }
            if (!seen.Add(record.Id))
            {
                errors.Add(new InputException(where, $"duplicate id \"{record.Id}\""));
                continue;
            }
            try
            {
                var metadata = new DocumentMetadata
                {
                    Title = record.Title,
                    Author = record.Author,
                    Outlet = record.Outlet,
                    Url = record.Url,
                    PublishedDate = LooseDate.TryParse(record.Date, out var d) ? d : null,
                    Encoding = decoded.EncodingName,
                };
                documents.Add(factory.Create($"{input.Name}#{record.Id}", Format, record.Text, metadata, DocumentIds.HashText(line), record.Id, where));
            }
            catch (InputException e)
            {
                errors.Add(e);
            }
        }
        if (documents.Count == 0 && errors.Count == 0)
            throw new InputException(input.Name, "empty input");
        return new ReadResult(documents, errors);
    }
}
