using Relata.Actors;
using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>
/// Links a claim's speaker to the actor mention the actor stage found inside the speaker phrase: the head name
/// first ("Maria Zakharova"), then the whole phrase ("the Afghan Foreign Minister" → the holder at the date).
/// People win over bodies and states inside the same phrase.
/// </summary>
public sealed class MentionSpeakerLinker : IClaimSpeakerLinker
{
    public SpeakerRef? Link(Claim claim, DocumentAnalysis analysis)
    {
        foreach (var span in new[] { claim.SpeakerHeadSpan, claim.SpeakerSpan })
        {
            if (span is not { } s) continue;
            var mention = analysis.MentionsOverlapping(s)
                .Where(m => m.Kind != ActorMentionKind.Place)
                .OrderByDescending(m => m.Kind == ActorMentionKind.Actor)
                .ThenByDescending(m => m.Actor?.Type == ActorType.Person)
                .ThenByDescending(m => m.Span.Length)
                .FirstOrDefault();
            if (mention is not null)
                return new SpeakerRef(mention.ActorId, mention.Actor?.Name ?? mention.Text, mention.Actor?.Code, mention.Span);
        }
        if (claim.AuthorJudgement)
        {
            var named = analysis.FirstActorMentionNamed(claim.SpeakerText);
            return new SpeakerRef(named?.ActorId, named?.Actor?.Name ?? claim.SpeakerText, named?.Actor?.Code);
        }
        return null;
    }
}
