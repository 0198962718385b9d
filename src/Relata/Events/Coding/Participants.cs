using Relata.Actors;
using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>Finds the source and target mentions of a match from its slots, the clause subject, "by" phrases and passives.</summary>
internal static class Participants
{
    internal static readonly WordSet Determiners =
        new(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "both", "all", "some", "other"]);

    /// <summary>Participant mentions overlapping a token range, coordinated ones included; distinct actors only.</summary>
    public static List<MentionAt> In(SentenceView s, TokenRange? range) => In(s, range, []);

    /// <summary><see cref="In(SentenceView, TokenRange?)"/> into <paramref name="found"/>, cleared first.</summary>
    public static List<MentionAt> In(SentenceView s, TokenRange? range, List<MentionAt> found)
    {
        found.Clear();
        if (range is not { } r) return found;
        int lastEnd = -1;
        foreach (var m in s.Mentions)
        {
            if (!m.IsParticipant || IsLocation(s, m) || m.End <= r.Start || m.Start >= r.End) continue;
            if (lastEnd >= 0 && !OnlyConjunctions(s, lastEnd, m.Start)) break;
            lastEnd = m.End;
            if (HasActor(found, m)) continue;
            found.Add(m);
        }
        return found;
    }

    private static bool OnlyConjunctions(SentenceView s, int from, int to)
    {
        if (to <= from) return false;
        for (int k = from; k < to; k++)
            if (!(s.Is(k, ",") || s.Is(k, "and") || s.Is(k, "or") || s.IsAny(k, Determiners))) return false;
        return true;
    }

    /// <summary>A nominal trigger inside a prepositional phrase ("following a recent terrorist attack") has no clause subject.</summary>
    public static bool NounInPrepositionalPhrase(SentenceView s, int trigger)
    {
        for (int k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
        {
            string w = s.Words[k];
            // "during his visit": the possessive pronoun points back to the clause subject.
            if (w is "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its") return false;
            if (s.IsAny(k, ModalityCues.Prepositions) || string.Equals(w, "following", StringComparison.OrdinalIgnoreCase)) return true;
            if (SentenceView.IsPunctuation(w) || s.IsAny(k, ModalityCues.ClauseOpeners) || string.Equals(w, "and", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    /// <summary>Place mentions overlapping a token range ("travel to Kabul").</summary>
    public static MentionAt? PlaceIn(SentenceView s, TokenRange? range)
    {
        if (range is not { } r) return null;
        foreach (var m in s.Mentions)
            if (IsLocation(s, m) && m.End > r.Start && m.Start < r.End) return m;
        return null;
    }

    /// <summary>A place mention, or a country name after "in"/"at" ("fighting in Sudan").</summary>
    public static bool IsLocation(SentenceView s, MentionAt m) =>
        m.Mention.Kind == ActorMentionKind.Place
        || (m.Mention.Kind == ActorMentionKind.Candidate && m.Mention.CandidateType == CandidateType.Place)
        || (m.Mention.Kind == ActorMentionKind.Actor && m.Mention.Actor?.Type is ActorType.State && IsAfterLocative(s, m.Start));

    /// <summary>"in Mali", "in northern Mali": remembered per token, as every match of the sentence asks.</summary>
    private static bool IsAfterLocative(SentenceView s, int start)
    {
        if (s.TryGetFact(start, SentenceView.LocativeBeforeFact, out bool known)) return known;
        bool after = s.IsAny(SkipDirectional(s, start - 1), ModalityCues.LocativePrepositions);
        s.SetFact(start, SentenceView.LocativeBeforeFact, after);
        return after;
    }

    /// <summary>"in northern Mali", "in the east of": steps left over compass adjectives.</summary>
    public static int SkipDirectional(SentenceView s, int k)
    {
        while (k >= 0 && (s.IsAny(k, ModalityCues.Directional) || (s.Is(k, "the") && s.IsAny(k + 1, ModalityCues.Directional)))) k--;
        return k;
    }

    /// <summary>
    /// A subject pronoun ("It", "they") standing before the trigger verb with only auxiliaries and adverbs between,
    /// in the trigger's clause; its token index, or -1.
    /// </summary>
    public static int PronounSubject(SentenceView s, int trigger)
    {
        int k = trigger - 1;
        while (k >= 0 && k >= trigger - 5 && s.IsAny(k, ModalityCues.PronounVerbGap)) k--;
        if (k < 0 || !s.IsAny(k, ModalityCues.SubjectPronouns)) return -1;
        return s.Clauses[k] == s.Clauses[trigger] || s.IsEmbeddedIn(s.Clauses[trigger], s.Clauses[k]) ? k : -1;
    }

    private static readonly WordSet PairHeads = new(
    [
        "sides", "countries", "leaders", "governments", "ministers", "neighbours", "neighbors", "parties", "capitals", "states",
        "presidents", "delegations",
    ]);

    /// <summary>"the two sides agreed", "both countries signed": the index of "two"/"both" opening that subject, or -1.</summary>
    public static int PairSubject(SentenceView s, int trigger)
    {
        int k = trigger - 1;
        while (k >= 0 && k >= trigger - 5 && s.IsAny(k, ModalityCues.PronounVerbGap)) k--;
        if (k < 1 || !s.IsAny(k, PairHeads)) return -1;
        if (s.Is(k - 1, "foreign") || s.Is(k - 1, "defence") || s.Is(k - 1, "defense")) k--;
        return s.Is(k - 1, "two") || s.Is(k - 1, "both") ? k - 1 : -1;
    }

    /// <summary>
    /// The subject the sentence opens with: the first participant (not a place, not inside a prepositional phrase)
    /// before <paramref name="before"/>, with the parties coordinated after it ("Mali, Burkina Faso and Niger").
    /// </summary>
    public static List<MentionAt> LeadSubject(SentenceView s, int before) => LeadSubject(s, before, []);

    /// <summary><see cref="LeadSubject(SentenceView, int)"/> into <paramref name="result"/>, cleared first.</summary>
    public static List<MentionAt> LeadSubject(SentenceView s, int before, List<MentionAt> result)
    {
        result.Clear();
        int i = 0;
        for (; i < s.Mentions.Count; i++)
        {
            var m = s.Mentions[i];
            if (m.Start >= before) return result;
            if (m.IsParticipant && !IsLocation(s, m) && !IsInPrepositionalPhrase(s, m)) break;
        }
        if (i == s.Mentions.Count) return result;
        result.Add(s.Mentions[i]);
        int edge = s.Mentions[i].End;
        for (int j = i + 1; j < s.Mentions.Count; j++)
        {
            var m = s.Mentions[j];
            if (m.Start >= before || !m.IsParticipant || !OnlyConjunctions(s, edge, m.Start)) break;
            if (!HasActor(result, m)) result.Add(m);
            edge = m.End;
        }
        return result;
    }

    /// <summary>Whether <paramref name="found"/> already holds the actor of <paramref name="m"/>.</summary>
    public static bool HasActor(List<MentionAt> found, MentionAt m)
    {
        foreach (var f in found)
            if (SameActor(f, m)) return true;
        return false;
    }

    /// <summary>Removes from <paramref name="list"/>, in place and keeping the order, the actors <paramref name="others"/> holds.</summary>
    public static void RemoveActorsOf(List<MentionAt> list, List<MentionAt> others)
    {
        int kept = 0;
        for (int i = 0; i < list.Count; i++)
            if (!HasActor(others, list[i])) list[kept++] = list[i];
        list.RemoveRange(kept, list.Count - kept);
    }

    private static bool IsObjectBefore(List<TokenRange> objects, int start, int trigger)
    {
        foreach (var o in objects)
            if (start >= o.Start && start < o.End && o.End <= trigger) return true;
        return false;
    }

    public static bool SameActor(MentionAt a, MentionAt b) =>
        a.Mention.ActorId is { } id ? id == b.Mention.ActorId : string.Equals(a.Mention.Text, b.Mention.Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The subject of the clause holding <paramref name="trigger"/>: the nearest participant to its left that is not
    /// inside a prepositional phrase or an apposition, with coordinated parties ("Russia, China and Pakistan").
    /// Falls back to the antecedent of a relative clause.
    /// </summary>
    public static List<MentionAt> Subject(SentenceView s, int trigger, TokenRange exclude, List<TokenRange> objects) =>
        Subject(s, trigger, exclude, objects, []);

    /// <summary><see cref="Subject(SentenceView, int, TokenRange, List{TokenRange})"/> into <paramref name="result"/>, cleared first.</summary>
    public static List<MentionAt> Subject(SentenceView s, int trigger, TokenRange exclude, List<TokenRange> objects, List<MentionAt> result)
    {
        result.Clear();
        int clauseId = s.Clauses[trigger];
        int clauseStart = s.ClauseStart(trigger);
        int pick = NearestLeft(s, clauseStart, trigger, clauseId, exclude, objects);
        if (pick < 0 && clauseStart > 0 && (s.Is(clauseStart, "which") || s.Is(clauseStart, "who") || s.Is(clauseStart, "that")
                                            || s.Is(clauseStart, "but") || s.Is(clauseStart, "whom")))
        {
            int before = clauseStart - 1;
            // The antecedent of ", which" may well be the object of the main clause ("condemned X, which they accused").
            bool relative = s.Is(before, ",") && (s.Is(clauseStart, "which") || s.Is(clauseStart, "who"));
            pick = NearestLeft(s, s.ClauseStart(before), clauseStart, s.Clauses[before], exclude, relative ? [] : objects);
            // ", which threatens": the relative pronoun stands for the phrase right before the comma; when no actor
            // ends there ("a recent attack in Kashmir, which …"), the clause has no actor subject.
            if (pick >= 0 && s.Is(before, ",") && (s.Is(clauseStart, "which") || s.Is(clauseStart, "who"))
                && (!EndsPhraseBefore(s, s.Mentions[pick], before) || IsLocation(s, s.Mentions[pick]))) pick = -1;
        }
        if (pick < 0) return result;

        // Apposition: "Zamir Kabulov, Russia's envoy, visited" — a comma between the pick and the trigger, and a
        // participant right before the comma that opens the apposition.
        var chosen = s.Mentions[pick];
        int commaAt = s.Is(chosen.Start - 1, ",") ? chosen.Start - 1
            : s.Is(chosen.Start - 2, ",") && s.IsAny(chosen.Start - 1, Determiners) ? chosen.Start - 2 : -1;
        if (commaAt > 0 && HasCommaBetween(s, chosen.End, trigger))
        {
            for (int j = pick - 1; j >= 0; j--)
            {
                var head = s.Mentions[j];
                if (head.End < commaAt) break;
                if (head.End == commaAt && head.IsParticipant && !IsInPrepositionalPhrase(s, head))
                {
                    pick = j;
                    chosen = head;
                    break;
                }
            }
        }

        else if (HasCommaBetween(s, chosen.End, trigger))
        {
            // "China, prioritizing stability and Central Asian links, welcomes": the subject stands before the comma.
            int pickClause = s.Clauses[chosen.Start], pickClauseStart = s.ClauseStart(chosen.Start);
            for (int j = 0; j < pick; j++)
            {
                var head = s.Mentions[j];
                if (head.Start < pickClauseStart || !head.IsParticipant || IsLocation(s, head) || !s.Is(head.End, ",")) continue;
                if (IsInPrepositionalPhrase(s, head) || s.Clauses[head.Start] != pickClause) continue;
                pick = j;
                chosen = head;
                break;
            }
        }

        result.Add(chosen);
        // Coordination to the left, closed by "and"/"or": "Russia, China and Pakistan".
        if (!s.Is(chosen.Start - 1, "and") && !s.Is(chosen.Start - 1, "or")) return result;
        int edge = chosen.Start;
        for (int j = pick - 1; j >= 0; j--)
        {
            var m = s.Mentions[j];
            if (m.End > edge) continue;
            if (!m.IsParticipant || m.End == edge) break;
            bool joined = true;
            for (int k = m.End; k < edge; k++)
                if (!(s.Is(k, ",") || s.Is(k, "and") || s.Is(k, "or"))) { joined = false; break; }
            // ", and" joins clauses unless a list is already running ("Russia, China, and Pakistan").
            if (!joined || (result.Count == 1 && s.Is(edge - 1, "and") && s.Is(edge - 2, ",") && !s.Is(m.Start - 1, ","))) break;
            if (!StartsNounPhrase(s, m)) break;
            if (!HasActor(result, m)) result.Insert(0, m);
            edge = m.Start;
        }
        return result;
    }

    /// <summary>"Russia," or "Mali's junta," / "the Malian army,": the mention heads the phrase that ends at <paramref name="comma"/>.</summary>
    private static bool EndsPhraseBefore(SentenceView s, MentionAt m, int comma)
    {
        if (m.End == comma) return true;
        if (comma - m.End > 2) return false;
        for (int k = m.End; k < comma; k++)
            if (!char.IsLower(s.Words[k][0]) || s.IsAny(k, ModalityCues.Prepositions)) return false;
        return true;
    }

    /// <summary>"… by Russia's Supreme Court" after a passive verb, within the clause.</summary>
    public static List<MentionAt> ByPhrase(SentenceView s, int from, int clauseId)
    {
        for (int i = from; i < s.Words.Length && s.Clauses[i] == clauseId; i++)
        {
            if (!s.Is(i, "by")) continue;
            var found = new List<MentionAt>();
            foreach (var m in s.Mentions)
            {
                if (!m.IsParticipant || m.Start <= i || m.Start > i + 4) continue;
                if (!HasActor(found, m)) found.Add(m);
            }
            return found;
        }
        return [];
    }

    /// <summary>A verb form after "was", "were", "has been" … ("were removed").</summary>
    public static bool IsPassive(SentenceView s, int trigger)
    {
        string w = s.Words[trigger];
        // Every ending below closes on d, n or t: any other ASCII last letter rules the form out at once.
        if (w.Length > 0 && w[^1] < 128 && (w[^1] | 0x20) is not ('d' or 'n' or 't')) return false;
        if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase)
              || w.EndsWith("t", StringComparison.OrdinalIgnoreCase) || w.EndsWith("wn", StringComparison.OrdinalIgnoreCase)))
            return false;
        int k = trigger - 1;
        while (k >= 0 && (s.IsAny(k, ModalityCues.Adverbs) || s.IsAny(k, ModalityCues.Negators))) k--;
        return s.IsAny(k, ModalityCues.BeForms);
    }

    private static int NearestLeft(SentenceView s, int clauseStart, int trigger, int clauseId, TokenRange exclude, List<TokenRange> objects)
    {
        for (int j = s.Mentions.Count - 1; j >= 0; j--)
        {
            var m = s.Mentions[j];
            if (m.Start >= trigger || m.Start < clauseStart) continue;
            if (!m.IsParticipant || Participants.IsLocation(s, m)) continue;
            if (s.Clauses[m.Start] != clauseId) continue;
            if (m.Start < exclude.End && m.End > exclude.Start) continue;
            if (IsInPrepositionalPhrase(s, m)) continue;
            // The object of an earlier event ("removed the Taliban … and recognised") is not the next verb's subject.
            if (IsObjectBefore(objects, m.Start, trigger)) continue;
            return j;
        }
        return -1;
    }

    /// <summary>A coordinated party opens its phrase: at the clause start or after a comma, "both", "and" (not after a verb).</summary>
    private static bool StartsNounPhrase(SentenceView s, MentionAt m)
    {
        int k = m.Start - 1;
        while (k >= 0 && s.IsAny(k, Determiners)) k--;
        // "the foreign ministers of Armenia and Azerbaijan": a plural head opens the coordinated parties.
        if (s.Is(k, "of") && k > 0 && s.IsAny(k - 1, PluralHeads)) return true;
        // "In January 2024 Mali, Burkina Faso and Niger": a fronted date ends right before the parties.
        return k < 0 || s.Clauses[k] != s.Clauses[m.Start] || s.Is(k, ",") || s.Is(k, "both") || s.Is(k, "and") || s.Is(k, "while")
               || char.IsDigit(s.Words[k][0]);
    }

    /// <summary>Depends only on where the mention starts: remembered per token, as every match of the sentence asks.</summary>
    private static bool IsInPrepositionalPhrase(SentenceView s, MentionAt m)
    {
        if (s.TryGetFact(m.Start, SentenceView.PrepositionalPhraseFact, out bool known)) return known;
        bool inPhrase = IsInPrepositionalPhraseUncached(s, m);
        s.SetFact(m.Start, SentenceView.PrepositionalPhraseFact, inPhrase);
        return inPhrase;
    }

    private static bool IsInPrepositionalPhraseUncached(SentenceView s, MentionAt m)
    {
        int k = m.Start - 1;
        while (k >= 0 && (s.IsAny(k, Determiners) || IsLowerAdjective(s.Words[k]) && k >= m.Start - 2)) k--;
        if (s.Is(k, "of") && k > 0 && s.IsAny(k - 1, PluralHeads) && IsSentenceOrClauseInitialPhrase(s, k - 1)) return false;
        return s.IsAny(k, ModalityCues.Prepositions);
    }

    private static readonly WordSet PluralHeads = new(
    [
        "ministers", "leaders", "presidents", "delegations", "representatives", "envoys", "heads", "governments",
        "armies", "forces", "officials", "diplomats", "negotiators", "militaries", "navies", "chiefs", "premiers",
    ]);

    /// <summary>"The foreign ministers of …" opening the clause: the "of" names who the subject is.</summary>
    private static bool IsSentenceOrClauseInitialPhrase(SentenceView s, int head)
    {
        int k = head - 1;
        while (k >= 0 && k >= head - 3 && !SentenceView.IsPunctuation(s.Words[k]) && char.IsLower(s.Words[k][0]) && !s.IsAny(k, ModalityCues.Prepositions)) k--;
        return k < 0 || s.Is(k, ",") || s.Is(k, "The") || s.Clauses[k] != s.Clauses[head];
    }

    private static bool IsLowerAdjective(string w) => w.Length > 0 && char.IsLower(w[0]) && (System.Text.Ascii.IsValid(w)
        ? w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
        // Culture-aware as before for other scripts, where ignorable characters may follow the suffix.
        : w.EndsWith("ian", StringComparison.CurrentCulture) || w.EndsWith("ese", StringComparison.CurrentCulture) || w.EndsWith("ish", StringComparison.CurrentCulture));

    private static bool HasCommaBetween(SentenceView s, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (s.Is(i, ",")) return true;
        return false;
    }
}
