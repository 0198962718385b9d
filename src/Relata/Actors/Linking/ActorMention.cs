using Relata.Documents;

namespace Relata.Actors;

public enum ActorMentionKind : byte
{
    /// <summary>A participant linked to the knowledge base (or to a person created from a title phrase).</summary>
    Actor,
    /// <summary>A name that stands for a place here ("travelled to Kabul"), not for an actor.</summary>
    Place,
    /// <summary>A capitalised name the knowledge base does not know.</summary>
    Candidate,
}

public enum CandidateType : byte { Unknown, Person, Organisation, Place }

/// <summary>The actor a mention resolves to, as it stood on the mention's date.</summary>
/// <param name="Code">CAMEO code with the sector composed in (RUS + GOV → RUSGOV).</param>
/// <param name="Role">For people: the role held at the date ("Foreign Minister of RUS.MFA").</param>
public sealed record ActorSnapshot(string Id, string Name, ActorType Type, string? Code, string? Country, string? Sector, string? Role);

/// <param name="Span">Characters of the mention in the document text.</param>
/// <param name="ActorId">Linked actor, or null for candidates.</param>
/// <param name="Rule">Which rule produced it: name, acronym, metonym, adjective, sector, state+body, title+name, new-person, short-form, title-holder, candidate…</param>
public sealed record ActorMention(TextSpan Span, string Text, string? ActorId, ActorSnapshot? Actor, ActorMentionKind Kind, double Confidence, string Rule)
{
    public bool IsPlace => Kind == ActorMentionKind.Place;
    public int Sentence { get; init; }
    public DateOnly? Date { get; init; }
    public CandidateType CandidateType { get; init; }
}

/// <summary>A name the knowledge base does not know, summarised over the document.</summary>
public sealed record CandidateSummary(string Name, CandidateType Type, int Count, IReadOnlyList<TextSpan> Examples);
