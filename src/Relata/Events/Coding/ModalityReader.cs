using System.Collections.Frozen;
using Relata.Claims;
using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>Reads whether an event is asserted, hypothetical, negated or alleged from the words around its trigger.</summary>
internal static class ModalityReader
{
    /// <summary>Modality and the cue that set it; <c>Skip</c> is true for habitual or generic statements that are no single event.</summary>
    public static (EventModality Modality, string? Cue, bool Skip) Read(SentenceView s, PatternMatch match, List<Claim> claims)
    {
        int trigger = match.Span.Start;
        var words = s.Words;
        int clauseStart = s.ClauseStart(trigger);
        int clauseId = s.Clauses[trigger];
        int scopeStart = ScopeStart(s, clauseStart);

        if (match.Pattern.Modality == ModalityHint.Negated) return (EventModality.Negated, "pattern", false);

        // Infinitive: "refused to meet", "plans to visit", "went on to sign", "aims to strengthen military cooperation".
        {
            int k = trigger - 1;
            while (k >= 0 && s.IsAny(k, ModalityCues.Adverbs)) k--;
            if (match.Pattern.Kind == PatternKind.Noun)
            {
                k = -1;
                for (int j = trigger - 1; j >= Math.Max(clauseStart, trigger - 3); j--)
                    if (s.Is(j, "to") && j + 1 < trigger && char.IsLower(s.Words[j + 1][0])) { k = j; break; }
            }
            if (s.Is(k, "to") && k > 0)
            {
                int v = k - 1;
                while (v >= 0 && s.IsAny(v, ModalityCues.Adverbs)) v--;
                if (s.IsAny(v, ModalityCues.NegatingBeforeTo)) return (EventModality.Negated, words[v] + " to", false);
                if (HasNegator(s, Math.Max(scopeStart, v - 3), v)) return (EventModality.Negated, "not … to", false);
                if (!s.IsAny(v, ModalityCues.FactualBeforeTo)) return (EventModality.Hypothetical, words[v] + " to", false);
            }
        }

        int negationStart = match.Pattern.Kind == PatternKind.Noun ? Math.Max(scopeStart, trigger - 2) : scopeStart;
        if (!s.Has(ModalityCues.Negators) && !s.Has(NoWord)) negationStart = trigger;
        for (int i = trigger - 1; i >= negationStart; i--)
        {
            if (s.Clauses[i] != clauseId && i >= clauseStart) continue;
            string w = words[i];
            // "not only … but also" adds, it does not negate.
            if ((s.IsAny(i, ModalityCues.Negators) && !s.Is(i + 1, "only")) || (string.Equals(w, "no", StringComparison.OrdinalIgnoreCase) && s.Is(i + 1, "longer")))
                return (EventModality.Negated, w, false);
        }

        for (int i = s.Has(ModalityCues.Habitual) ? trigger - 1 : -1; i >= scopeStart; i--)
        {
            if (s.Clauses[i] != clauseId && i >= clauseStart) continue;
            string w = words[i];
            if (s.IsAny(i, ModalityCues.Habitual))
            {
                bool isLong = string.Equals(w, "long", StringComparison.OrdinalIgnoreCase);
                if (!isLong || s.Is(i - 1, "has") || s.Is(i - 1, "have") || s.Is(i - 1, "had")) return (EventModality.Asserted, w, true);
            }
        }

        if (IsDurational(s, trigger)) return (EventModality.Asserted, "for years", true);

        for (int i = s.Has(ModalityCues.Alleged) ? trigger - 1 : -1; i >= scopeStart; i--)
            if (s.IsAny(i, ModalityCues.Alleged) && !IsTriggerWord(match, i) && !IsNounClaim(s, i) && !s.Is(i + 1, "responsibility")) return (EventModality.Alleged, words[i], false);
        if (AllegedAdverbOnVerb(s, trigger) is { } adverb) return (EventModality.Alleged, adverb, false);
        // "…, which Moscow denied": the denial disputes the reported act, not an accusation or criticism around it.
        if (!match.Code.StartsWith("11", StringComparison.Ordinal) && match.Code != "016" && s.Has(ModalityCues.Denials))
            for (int i = match.Span.End; i < words.Length; i++)
                if (s.IsAny(i, ModalityCues.Denials) && s.Clauses[i] != clauseId) return (EventModality.Alleged, words[i], false);

        for (int i = s.Has(ModalityCues.Hypothetical) ? trigger - 1 : -1; i >= scopeStart; i--)
        {
            if (s.Clauses[i] != clauseId && i >= clauseStart) continue;
            string w = words[i];
            if (IsHypotheticalWord(s, i)) return (EventModality.Hypothetical, w, false);
        }
        // A nominal event is often the subject: "recognition … may still be distant", "the visit was postponed".
        if (match.Pattern.Kind == PatternKind.Noun)
        {
            for (int i = match.Span.End; i < words.Length && s.Clauses[i] == clauseId; i++)
            {
                if (s.IsAny(i, ModalityCues.CalledOff) || (s.IsAny(i, ModalityCues.Negators) && !s.Is(i + 1, "only"))) return (EventModality.Negated, words[i], false);
                if (IsHypotheticalWord(s, i)) return (EventModality.Hypothetical, words[i], false);
                // "Moscow's recognition of the movement is often seen as …": analysis of the idea, not a report of it.
                if (s.IsAny(i, ModalityCues.BeForms))
                {
                    int k = i + 1;
                    while (k < words.Length && (s.IsAny(k, ModalityCues.Habitual) || s.IsAny(k, ModalityCues.Adverbs) || s.Is(k, "widely") || s.Is(k, "increasingly"))) k++;
                    if (s.IsAny(k, ModalityCues.AnalyticalPredicates)) return (EventModality.Hypothetical, words[k], false);
                }
            }
        }
        if (words.Length > 0 && words[^1] == "?") return (EventModality.Hypothetical, "?", false);

        var span = s.SpanOf(trigger, trigger + 1);
        foreach (var claim in claims)
        {
            if (claim.ClaimSpan.Start > span.Start || claim.ClaimSpan.End < span.End) continue;
            if (claim.Cue.Type is CueType.Deny or CueType.Accuse)
            {
                // An accusation or denial inside another's claim is still reported as made.
                if (match.Code.StartsWith("11", StringComparison.Ordinal) || match.Code == "016") continue;
                return (EventModality.Alleged, "claim " + claim.Id, false);
            }
            if (claim.Future || claim.Cue.Type is CueType.Predict or CueType.Promise) return (EventModality.Hypothetical, "claim " + claim.Id, false);
        }
        return (EventModality.Asserted, null, false);
    }

    /// <summary>A "that"/"whether" complement inherits the modals of the clause that governs it ("it is unlikely that …").</summary>
    private static int ScopeStart(SentenceView s, int clauseStart)
    {
        if (clauseStart == 0) return 0;
        if (s.Is(clauseStart, "that") || s.Is(clauseStart, "whether") || s.Is(clauseStart, "if"))
            return s.ClauseStart(clauseStart - 1);
        return clauseStart;
    }

    private static readonly WordSet DurationPrepositions = new(["for", "over", "throughout"]);

    /// <summary>"no" of "no longer".</summary>
    private static readonly WordSet NoWord = new(["no"]);

    /// <summary>"for much of the decade", "for years", "over the decades": a state of affairs, not one event.</summary>
    private static bool IsDurational(SentenceView s, int trigger)
    {
        if (!s.Has(DurationPrepositions)) return false;
        // Only the comma-bounded stretch around the trigger: "X withdrew in 1989, and for much of the decade Y backed Z".
        int from = trigger, to = trigger;
        while (from > 0 && !s.IsCommaOrSemicolon(from - 1)) from--;
        while (to < s.Words.Length - 1 && !s.IsCommaOrSemicolon(to + 1)) to++;
        if (from > 0 && s.Is(from - 1, ",") && from >= 2 && !s.Is(from, "and") && !s.Is(from, "but"))
        {
            // A fronted phrase ("For much of the decade, Y backed Z") belongs to the clause after it.
            int k = from - 2;
            while (k > 0 && !s.IsCommaOrSemicolon(k - 1)) k--;
            if (k == 0) from = 0;
        }
        for (int i = from; i < to; i++)
        {
            if (!s.IsAny(i, DurationPrepositions)) continue;
            int k = i + 1;
            if (s.Is(k, "much") || s.Is(k, "most")) { if (!s.Is(k + 1, "of")) continue; k += 2; }
            if (s.Is(k, "the")) k++;
            while (k < s.Words.Length && (s.Is(k, "following") || s.Is(k, "past") || s.Is(k, "next") || s.Is(k, "previous"))) k++;
            if (s.Is(k, "years") || s.Is(k, "decades") || s.Is(k, "centuries") || s.Is(k, "decade") || s.Is(k, "generations")
                || (s.Is(k, "century") && !s.Is(i, "for"))) return true;
        }
        return false;
    }

    /// <summary>"Russia reportedly supplied", "Reportedly, Russia supplied": a sourcing adverb on the trigger verb itself.</summary>
    private static string? AllegedAdverbOnVerb(SentenceView s, int trigger)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--)
        {
            if (s.IsAny(k, ModalityCues.AllegedAdverbs)) return s.Words[k];
            if (!(s.IsAny(k, ModalityCues.Adverbs) || s.IsAny(k, ModalityCues.PronounVerbGap))) break;
        }
        if (s.IsAny(0, ModalityCues.AllegedAdverbs) && s.Is(1, ",") && s.Clauses[trigger] == s.Clauses[0]) return s.Words[0];
        return null;
    }

    /// <summary>"its claims over the islands", "claimed responsibility": a claim word that reports no contested act.</summary>
    private static bool IsNounClaim(SentenceView s, int i) =>
        s.Words[i].StartsWith("claim", StringComparison.OrdinalIgnoreCase) && !s.Is(i + 1, "that");

    private static bool HasNegator(SentenceView s, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (s.IsAny(i, ModalityCues.Negators)) return true;
        return false;
    }

    private static bool IsTriggerWord(PatternMatch match, int i) => i >= match.Span.Start && i < match.Span.End;

    private static bool IsHypotheticalWord(SentenceView s, int i)
    {
        if (!s.IsAny(i, ModalityCues.Hypothetical)) return false;
        // "pushing back", "lobbying hard" report what happens; "pushing for", "lobbying to" do not.
        if ((s.Is(i, "pushing") || s.Is(i, "lobbying")) && !(s.Is(i + 1, "for") || s.Is(i + 1, "to"))) return false;
        // "May" the month, "will" as a noun ("political will").
        if (s.Is(i, "may") && char.IsUpper(s.Words[i][0]) && i > 0) return false;
        if (s.Is(i, "will") && i > 0 && (s.Is(i - 1, "political") || s.Is(i - 1, "the") || s.Is(i - 1, "good"))) return false;
        return true;
    }
}
