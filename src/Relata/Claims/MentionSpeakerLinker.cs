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
        for (int pass = 0; pass < 2; pass++)
        {
            if ((pass == 0 ? claim.SpeakerHeadSpan : claim.SpeakerSpan) is not { } s) continue;
            var mention = Best(analysis, s, claim.Evidence.Sentence);
            // "Putin's special representative" is not Putin; "Russia's foreign ministry" may stand for Russia when nobody is named.
            if (mention is not null && PossessedTitle(analysis.Text, mention, s) is { } title
                && (TitleHolderNearby(claim, analysis, mention, title) ?? (mention.Actor?.Type == ActorType.Person ? new SpeakerRef(null, claim.SpeakerText) : null))
                    is { } holder)
                return holder;
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

    /// <summary>The mention inside the phrase to link: actors before candidates, people before bodies, longer first;
    /// the earliest among equals. Places never speak.</summary>
    private static ActorMention? Best(DocumentAnalysis analysis, TextSpan span, int hint)
    {
        ActorMention? best = null;
        int first = analysis.SentenceIndexAt(span.Start, hint);
        int last = span.Length == 0 || first < 0 ? first : analysis.SentenceIndexAt(span.End - 1, first) is var l and >= 0 ? l : first;
        if (first < 0)
        {
            foreach (var m in analysis.Mentions)
                if (m.Span.Overlaps(span) && Better(m, best)) best = m;
            return best;
        }
        var index = SentenceMentions.Of(analysis);
        for (int i = first; i <= last; i++)
            foreach (var m in index.In(i, analysis))
                if (m.Span.Overlaps(span) && Better(m, best)) best = m;
        return best;
    }

    private static bool Better(ActorMention m, ActorMention? best)
    {
        if (m.Kind == ActorMentionKind.Place) return false;
        if (best is null) return true;
        bool actor = m.Kind == ActorMentionKind.Actor, bestActor = best.Kind == ActorMentionKind.Actor;
        if (actor != bestActor) return actor;
        bool person = m.Actor?.Type == ActorType.Person, bestPerson = best.Actor?.Type == ActorType.Person;
        if (person != bestPerson) return person;
        return m.Span.Length > best.Span.Length;
    }

    /// <summary>
    /// "Vladimir Putin's special representative for Afghanistan": the mention is the possessor, not the speaker.
    /// Returns the title's words ("special", "representative"), or null when the mention is not followed by "'s" and a title.
    /// </summary>
    private static string[]? PossessedTitle(string text, ActorMention mention, TextSpan phrase)
    {
        int at = mention.Span.End;
        if (at + 2 >= phrase.End || (text[at] != '\'' && text[at] != '’') || text[at + 1] != 's' || char.IsLetter(text[at + 2])) return null;
        var words = new List<string>();
        foreach (var word in text[(at + 2)..phrase.End].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "for" or "of" or "to" or "in" or "on" or "at") break;
            if (word.Length > 3 && char.IsLetter(word[0])) words.Add(word);
        }
        return words.Count == 0 ? null : [.. words];
    }

    /// <summary>The person named near the claim (two sentences before to three after) whose role at the date holds every title word.</summary>
    private static SpeakerRef? TitleHolderNearby(Claim claim, DocumentAnalysis analysis, ActorMention possessor, string[] title)
    {
        int sentence = claim.Evidence.Sentence;
        ActorMention? best = null;
        int bestDistance = int.MaxValue;
        var index = SentenceMentions.Of(analysis);
        for (int i = Math.Max(0, sentence - 2); i <= Math.Min(analysis.Sentences.Count - 1, sentence + 3); i++)
            foreach (var m in index.In(i, analysis))
            {
                if (m.ActorId is null || m.ActorId == possessor.ActorId || m.Actor is not { Type: ActorType.Person, Role: { } role }) continue;
                if (!title.All(w => role.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
                int distance = Math.Abs(i - sentence);
                if (distance < bestDistance) { best = m; bestDistance = distance; }
            }
        return best is null ? null : new SpeakerRef(best.ActorId, best.Actor!.Name, best.Actor.Code, best.Span);
    }
}
