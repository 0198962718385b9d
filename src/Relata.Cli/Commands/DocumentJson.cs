using Relata.Export;
using Relata.Store;

namespace Relata.Cli.Commands;

/// <summary>JSON shapes of stored documents, using the extract format's field names.</summary>
internal static class DocumentJson
{
    public static object Summary(DocumentSummary d) => new
    {
        id = d.Id,
        version = d.Version,
        source = d.Source,
        format = d.Format,
        metadata = ExtractMapper.Map(d.Metadata),
        date = d.ReferenceDate is { } r ? ExtractDate.From(r) : null,
        sentence_count = d.SentenceCount,
        ingested_at = d.IngestedAt,
    };
}
