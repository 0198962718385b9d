using System.Diagnostics.CodeAnalysis;
using Relata.Documents;

namespace Relata.Ingest;

/// <summary>One outcome of ingesting: either a document or the error for an input or record.</summary>
public sealed record IngestItem
{
    private IngestItem(Document? document, InputException? error) => (Document, Error) = (document, error);

    public Document? Document { get; }

    /// <summary>Its message is one line: "&lt;input&gt;: &lt;reason&gt;".</summary>
    public InputException? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    [MemberNotNullWhen(false, nameof(Document))]
    public bool IsError => Error is not null;

    public static IngestItem Of(Document document) => new(document, null);

    public static IngestItem Failed(InputException error) => new(null, error);

    public override string ToString() => IsError ? Error.Message : Document.Source;
}
