using Relata.Claims;
using Relata.Claims.Propositions;
using Relata.Pipeline;
using Relata.Topics;

namespace Relata.Export;

public sealed record ExtractEvidence(int Sentence, int Start, int End, string Text);

public sealed record ExtractSpeaker(string? Id, string Name, string? Code, string Text);

public sealed record ExtractCue(string Lemma, string Type, int? Start, int? End);

/// <summary>What a claim is about, as a key shared across documents: "RUS:recognise:grp.taliban".</summary>
/// <param name="Temporal">past, present or future.</param>
public sealed record ExtractProposition(string Key, string Label, string? Family, string? Holder, string? Object, string Temporal);

/// <summary>A sentence in the author's own voice keyed to a proposition (no attributed claim holds it).</summary>
/// <param name="Date">The document's date, or null when the document has only a last-modified bound.</param>
public sealed record ExtractStatement(int Sentence, ExtractProposition Proposition, string Stance, string? Date);

/// <param name="Date">The claim's date: the sentence's own date, else the document's reference date (TIMEX3 value).</param>
/// <param name="Stance">for, against, or null when the cue gives no hint.</param>
public sealed record ExtractClaim(
    string Id, ExtractEvidence Evidence, ExtractSpeaker Speaker, ExtractCue Cue, bool Quoted, string Text, string? Date,
    IReadOnlyList<string> Topics, string? Stance, bool Negated, bool Future, bool GenericSpeaker, bool AuthorJudgement,
    string? ContinuedFrom, ExtractProposition? Proposition);

public sealed record ExtractTopicTrigger(string Term, int Start, int End, bool Context);

public sealed record ExtractSentenceTopic(int Sentence, string Topic, IReadOnlyList<ExtractTopicTrigger> Triggers);

internal static class ExtractClaimsMapper
{
    public static ExtractClaim Map(Claim c, DocumentAnalysis analysis, ILookup<string?, ClaimProposition> propositions, ClaimDates dates)
    {
        var proposition = propositions[c.Id].FirstOrDefault();
        string? date = dates.Of(c);
        return new ExtractClaim(
            c.Id,
            new ExtractEvidence(c.Evidence.Sentence, c.Evidence.Span.Start, c.Evidence.Span.End, c.Evidence.Span.Slice(analysis.Text)),
            new ExtractSpeaker(c.Speaker?.ActorId, c.Speaker?.Name ?? c.SpeakerText, c.Speaker?.Code, c.SpeakerText),
            new ExtractCue(c.Cue.Lemma, c.Cue.Type.ToString().ToLowerInvariant(), c.Cue.Span?.Start, c.Cue.Span?.End),
            c.Quoted, c.ClaimText, date,
            [.. analysis.TopicsOf(c.Evidence.Sentence).Select(t => t.Id)],
            proposition?.Stance.Wire() ?? (c.Stance == ClaimStance.None ? null : c.Stance.ToString().ToLowerInvariant()),
            c.Negated, c.Future, c.GenericSpeaker, c.AuthorJudgement, c.ContinuedFrom,
            proposition is null ? null : Map(proposition));
    }

    public static ExtractProposition Map(ClaimProposition p) =>
        new(p.Key, p.Label, p.Family, p.HolderId, p.ObjectId, p.Temporal.Wire());

    public static IEnumerable<ExtractSentenceTopic> Map(SentenceTopics s) =>
        s.Tags.Select(t => new ExtractSentenceTopic(s.Sentence, t.Id,
            [.. t.Triggers.Select(x => new ExtractTopicTrigger(x.Term, x.Span.Start, x.Span.End, x.Context))]));
}
