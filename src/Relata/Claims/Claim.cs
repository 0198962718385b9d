using Relata.Documents;

namespace Relata.Claims;

/// <summary>What kind of speech act the cue reports (from <c>data/claims/cues.yaml</c>).</summary>
public enum CueType { Neutral, Assert, Deny, Accuse, Predict, Promise, Evaluate }

/// <summary>The stance the cue itself expresses towards the claim ("denied" → against, "welcomed" → for).</summary>
public enum ClaimStance { None, For, Against }

/// <summary>The attribution word(s). <see cref="Span"/> is null only for author judgements without a marker span.</summary>
public sealed record ClaimCue(string Lemma, TextSpan? Span, CueType Type);

/// <summary>Where the claim is stated.</summary>
/// <param name="Sentence">Sentence holding the cue (for author judgements: the judged sentence).</param>
/// <param name="Span">The claim's own text (same as <see cref="Claim.ClaimSpan"/>).</param>
/// <param name="FirstSentence">First sentence the claim text touches (a multi-sentence quote may start earlier).</param>
/// <param name="LastSentence">Last sentence the claim text touches.</param>
public sealed record ClaimEvidence(int Sentence, TextSpan Span, int FirstSentence, int LastSentence);

/// <summary>How a pronoun speaker ("he said") was resolved.</summary>
/// <param name="Pronoun">The pronoun as written.</param>
/// <param name="PronounSpan">Where the pronoun is.</param>
/// <param name="FromClaimId">The earlier claim whose speaker it refers to; null when unresolved or resolved to the author.</param>
/// <param name="FromSentence">Sentence of that earlier claim.</param>
/// <param name="ToAuthor">True when "I"/"we" outside quotes was resolved to the document's author.</param>
public sealed record SpeakerResolution(string Pronoun, TextSpan PronounSpan, string? FromClaimId, int? FromSentence, bool ToAuthor = false)
{
    public bool Resolved => FromClaimId is not null || ToAuthor;
}

/// <summary>A link from a claim's speaker to a known actor, filled by an <see cref="IClaimSpeakerLinker"/>.</summary>
/// <param name="ActorId">Id in the actor knowledge base, when known.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Code">Actor code (CAMEO-style), when known.</param>
/// <param name="MentionSpan">The actor mention the speaker was linked through, when there is one.</param>
public sealed record SpeakerRef(string? ActorId, string Name, string? Code = null, TextSpan? MentionSpan = null);

/// <summary>An attributed statement: who said what, with which cue, pointing at exact offsets.</summary>
public sealed record Claim
{
    /// <summary>Stable within the document: "c1", "c2", … in text order.</summary>
    public required string Id { get; init; }
    public required ClaimEvidence Evidence { get; init; }

    /// <summary>The whole speaker phrase, with appositions ("Maria Zakharova, spokesperson for the ministry").
    /// For a resolved pronoun: the span of the earlier speaker phrase. Null for author judgements.</summary>
    public TextSpan? SpeakerSpan { get; init; }
    /// <summary>Speaker as text; never empty (the author's name for author judgements).</summary>
    public required string SpeakerText { get; init; }
    /// <summary>The name inside the speaker phrase ("Maria Zakharova"), or its head noun ("ministry").</summary>
    public TextSpan? SpeakerHeadSpan { get; init; }

    public required ClaimCue Cue { get; init; }
    /// <summary>True when the claim text is a direct quotation.</summary>
    public bool Quoted { get; init; }
    public required TextSpan ClaimSpan { get; init; }
    public required string ClaimText { get; init; }
    /// <summary>What a call/describe/accuse cue is about ("Y" in "X accused Y of Z").</summary>
    public TextSpan? TargetSpan { get; init; }

    /// <summary>The cue is negated ("did not say", "never denied").</summary>
    public bool Negated { get; init; }
    public ClaimStance Stance { get; init; }
    /// <summary>The claim is about the future ("will recognise … in due time") or the cue predicts/promises.</summary>
    public bool Future { get; init; }
    /// <summary>The speaker is unnamed ("officials said", "the ministry said").</summary>
    public bool GenericSpeaker { get; init; }
    /// <summary>An analytic judgement of the document's author, not attributed in the text.</summary>
    public bool AuthorJudgement { get; init; }
    /// <summary>For a quote that stands alone right after another claim (news style: the next paragraph goes on
    /// quoting the same person): the id of that claim, whose speaker and cue it takes.</summary>
    public string? ContinuedFrom { get; init; }
    /// <summary>Set when the speaker phrase is a pronoun.</summary>
    public SpeakerResolution? Resolution { get; init; }

    /// <summary>The actor behind the speaker, once linked (see <see cref="IClaimSpeakerLinker"/>); null until then.</summary>
    public SpeakerRef? Speaker { get; set; }
}
