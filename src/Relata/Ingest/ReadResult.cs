using Relata.Documents;

namespace Relata.Ingest;

/// <summary>What a reader got from one input: the good documents and the records it had to skip.</summary>
public sealed record ReadResult(IReadOnlyList<Document> Documents, IReadOnlyList<InputException> Errors)
{
    public static ReadResult Of(params Document[] documents) => new(documents, []);
}
