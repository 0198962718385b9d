using Relata.Documents;

namespace Relata.Store;

public enum SaveOutcome { Added, NewVersion, Unchanged, Duplicate }

/// <param name="DuplicateOf">For <see cref="SaveOutcome.Duplicate"/>: the document that already holds this content.</param>
public sealed record SaveResult(string DocumentId, int Version, SaveOutcome Outcome, string? DuplicateOf = null);

public sealed record DocumentSummary(
    string Id,
    int Version,
    string Source,
    string Format,
    DocumentMetadata Metadata,
    ReferenceDate? ReferenceDate,
    int SentenceCount,
    DateTimeOffset IngestedAt);

public sealed record StoredSentence(int Index, int Paragraph, int Start, int End, string Text);

public sealed record StoredDocument(DocumentSummary Summary, string ContentHash, string OriginalHash, string Text, IReadOnlyList<StoredSentence> Sentences);

/// <param name="Snippet">Sentence text with hits wrapped in <see cref="HitMarkers"/>.</param>
public sealed record SentenceHit(string DocumentId, int SentenceIndex, int Start, int End, string Snippet, string? Title, double Rank);

public static class HitMarkers
{
    public const string Open = "\u0002";
    public const string Close = "\u0003";
}
