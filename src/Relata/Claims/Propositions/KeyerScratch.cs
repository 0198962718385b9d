using Relata.Documents;

namespace Relata.Claims.Propositions;

/// <summary>A stance or tense marker found in a claim, before its text is cut out of the document.</summary>
internal readonly record struct FoundMarker(PropositionMarkerKind Kind, TextSpan Span);

/// <summary>
/// What one keyer remembers about one document while keying its claims: the document's party ranking and a reusable
/// marker list (actor normalisations are remembered by the keyer itself, across documents).
/// </summary>
internal sealed class KeyerScratch(PropositionKeyer owner, int mentionCount)
{
    private Dictionary<int, List<string>>? _sentenceParties;

    /// <summary>Parties of each sentence, ranked once (a sentence's claims are keyed with the sentence's own date).</summary>
    public Dictionary<int, List<string>> SentenceParties => _sentenceParties ??= [];

    public PropositionKeyer Owner => owner;

    /// <summary>Actor mentions of the document when this was made: rankings are redone if the actor layer changes.</summary>
    public int MentionCount => mentionCount;

    public List<FoundMarker> Markers { get; } = [];

    /// <summary>Trigger word ids of every token of the document while the propositions stage runs (null otherwise).</summary>
    public int[]? TriggerIds { get; set; }

    /// <summary>Working counts while ranking parties.</summary>
    public List<int> PartyCounts { get; } = [];

    /// <summary>Non-person parties of the whole document, most mentioned first (ranked with the first caller's date).</summary>
    public List<string>? DocumentParties { get; set; }

    public string? Normalise(string? actorId, DateOnly? date) => actorId is null ? null : owner.Normalise(actorId, date);
}
