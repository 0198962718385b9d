using Relata.Documents;

namespace Relata.Claims.Propositions;

/// <summary>A stance or tense marker found in a claim, before its text is cut out of the document.</summary>
internal readonly record struct FoundMarker(PropositionMarkerKind Kind, TextSpan Span);

/// <summary>
/// What one keyer remembers about one document while keying its claims: actor normalisations (the same few actors
/// come back in every claim), the document's party ranking, and a reusable marker list.
/// </summary>
internal sealed class KeyerScratch(PropositionKeyer owner, int mentionCount)
{
    private readonly Dictionary<(string Id, DateOnly? Date), string?> _normalised = new(64);
    private Dictionary<int, List<string>>? _sentenceParties;

    /// <summary>Parties of each sentence, ranked once (a sentence's claims are keyed with the sentence's own date).</summary>
    public Dictionary<int, List<string>> SentenceParties => _sentenceParties ??= [];

    public PropositionKeyer Owner => owner;

    /// <summary>Actor mentions of the document when this was made: rankings are redone if the actor layer changes.</summary>
    public int MentionCount => mentionCount;

    public List<FoundMarker> Markers { get; } = [];

    /// <summary>Non-person parties of the whole document, most mentioned first (ranked with the first caller's date).</summary>
    public List<string>? DocumentParties { get; set; }

    public string? Normalise(string? actorId, DateOnly? date)
    {
        if (actorId is null) return null;
        if (!_normalised.TryGetValue((actorId, date), out var id))
            _normalised[(actorId, date)] = id = owner.Actors.Normalise(actorId, date);
        return id;
    }
}
