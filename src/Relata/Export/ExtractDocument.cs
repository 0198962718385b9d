using System.Text.Json.Serialization;

namespace Relata.Export;

/// <summary>
/// One document in <c>relata extract</c> output (see docs/formats.md). Field names are a public contract:
/// add fields, never rename them.
/// </summary>
public sealed record ExtractDocument
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Format { get; init; }
    public required string ContentHash { get; init; }
    public required string OriginalHash { get; init; }
    public required ExtractMetadata Metadata { get; init; }
    public ExtractDate? Date { get; init; }
    public required IReadOnlyList<ExtractParagraph> Paragraphs { get; init; }
    public required IReadOnlyList<ExtractSentence> Sentences { get; init; }
    public IReadOnlyList<ExtractTimex> Timexes { get; init; } = [];
    public IReadOnlyList<ExtractQuantity> Quantities { get; init; } = [];
    public IReadOnlyList<ExtractMention> Mentions { get; init; } = [];
    public IReadOnlyList<ExtractDocumentActor> Actors { get; init; } = [];
    public IReadOnlyList<ExtractCandidate> Candidates { get; init; } = [];
    public IReadOnlyList<ExtractSentenceTopic> Topics { get; init; } = [];
    public IReadOnlyList<ExtractClaim> Claims { get; init; } = [];
    public IReadOnlyList<ExtractStatement> Statements { get; init; } = [];
    public IReadOnlyList<ExtractEvent> Events { get; init; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<ExtractNote>? Notes { get; init; }
}

public sealed record ExtractMetadata(
    string? Title, string? Author, string? Outlet, string? Published, string? Url, string? Language, string? Encoding,
    string? SourceModified = null);

/// <summary>The reference date: stated by the source or inferred from the text, with the reason.</summary>
/// <param name="Value">TIMEX3-style at the supported precision: "2025-04-17", "2025-04" or "2025".</param>
/// <param name="Precision">day, month or year.</param>
public sealed record ExtractDate(string Value, string Precision, bool Inferred, string Reason)
{
    public static ExtractDate From(Documents.ReferenceDate date) =>
        new(date.Timex, date.Precision.ToString().ToLowerInvariant(), date.Inferred, date.Reason);
}

public sealed record ExtractParagraph(int Index, int Start, int End, string Role);

public sealed record ExtractSentence(int Index, int Paragraph, int Start, int End, string Text);

public sealed record ExtractNote(string Stage, string Message, int? Start, int? End);
