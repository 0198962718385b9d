using Relata.Claims;
using Relata.Documents;

namespace Relata.Claims.Propositions;

/// <summary>Where a claim stands on its proposition.</summary>
public enum PropositionStance : byte { For, Against, Hedged }

/// <summary>When the proposition is said to hold.</summary>
public enum PropositionTemporal : byte { Present, Past, Future }

/// <summary>How the holder of the proposition was found.</summary>
public enum HolderSource : byte
{
    /// <summary>An actor named before the predicate inside the claim ("Russia will recognise …").</summary>
    Subject,
    /// <summary>A passive agent after the predicate ("recognition of X by Russia").</summary>
    Agent,
    /// <summary>The target of an accuse/call cue ("accused Y of arming Z").</summary>
    Target,
    /// <summary>The speaker's own state or group ("we will recognise …", "recognition is not on the agenda").</summary>
    Speaker,
}

public enum PropositionMarkerKind : byte { Hedge, Negation, Opposition, Rebuttal, Future, Past, Self }

/// <summary>A word in the claim that shaped the stance or the tense, with its exact offsets.</summary>
public sealed record PropositionMarker(PropositionMarkerKind Kind, string Text, TextSpan Span);

/// <summary>
/// The proposition a claim is about and the claim's stance on it. <see cref="Key"/> groups claims across
/// documents: <c>{holder}:{family}:{object}</c> ("RUS:recognise:grp.taliban"), or <c>topic:{topic}:{actor}</c>
/// when no predicate family matched.
/// </summary>
public sealed record ClaimProposition
{
    /// <summary>The claim keyed; null for a statement in the author's own voice (see <see cref="Sentence"/>).</summary>
    public string? ClaimId { get; init; }
    /// <summary>Sentence of the claim (its cue sentence) or of the author's statement.</summary>
    public int Sentence { get; init; }
    public required string Key { get; init; }
    /// <summary>Human label ("Russia recognises Taliban").</summary>
    public required string Label { get; init; }
    /// <summary>Predicate family id (data/claims/propositions.yaml); null for topic-level keys.</summary>
    public string? Family { get; init; }
    public string? Topic { get; init; }
    public string? HolderId { get; init; }
    public HolderSource HolderSource { get; init; }
    public string? ObjectId { get; init; }
    /// <summary>True when no actor followed the predicate and the object was taken from the sentence or document.</summary>
    public bool ObjectInferred { get; init; }
    public PropositionStance Stance { get; init; }
    public PropositionTemporal Temporal { get; init; }
    public TextSpan? TriggerSpan { get; init; }
    public string? Trigger { get; init; }
    public IReadOnlyList<PropositionMarker> Markers { get; init; } = [];
    /// <summary>The speaker normalised like holders (person → their state or group); null when unlinked.</summary>
    public string? SpeakerActorId { get; init; }
    public CueType CueType { get; init; }

    public bool IsTopicLevel => Family is null;

    public bool IsAuthorStatement => ClaimId is null;
}
