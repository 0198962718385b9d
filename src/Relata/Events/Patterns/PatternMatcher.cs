using System.Collections.Frozen;

namespace Relata.Events.Patterns;

/// <summary>
/// Matches compiled event patterns over the tokens of one sentence and reports the slot ranges.
/// It does not decide actors, voice or modality: that is the coder's job. Slot boundaries are a
/// shallow guess (a non-final slot ends where the next element matches; a final slot runs to the
/// first punctuation or function word) that the coder refines with actor mentions.
/// </summary>
public sealed class PatternMatcher(EventPatternSet patterns)
{
    /// <summary>Longest run of tokens one slot may take.</summary>
    public const int MaxSlotTokens = 8;

    /// <summary>How far before a nominal trigger a possessor may stand ("Russia's first official visit").</summary>
    private const int PossessorLookBack = 4;

    private static readonly FrozenSet<string> SlotStopWords = new[]
    {
        "and", "or", "but", "nor", "on", "in", "at", "for", "to", "with", "from", "by", "after", "before", "over",
        "amid", "during", "since", "as", "that", "which", "who", "whom", "whose", "while", "when", "where", "because",
        "under", "against", "into", "onto", "following", "despite", "without", "through", "about", "of", "than",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
        "might", "can", "must", "said", "says", "say", "saying", "yesterday", "today", "tomorrow", "last", "next",
        "this", "earlier", "later", "recently", "again", "ahead", "until", "if", "so", "also", "not", "via", "per",
        "including", "within", "between", "among", "toward", "towards", "across", "upon", "once", "then", "there",
        "remain", "remains", "remained", "seem", "seems", "continue", "continues", "appear", "appears", "become",
        "becomes", "became", "near", "overnight", "outside", "inside", "around", "along", "beyond", "behind", "amongst", "now", "late", "early",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a lower-case "-ed" word still belongs to the phrase ("the armed groups").</summary>
    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "several", "many",
        "two", "three", "four", "five", "newly", "so-called", "heavily", "well",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PossessorBarriers = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or", "that", "which",
        "after", "before", "during", "since", "amid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public EventPatternSet Patterns { get; } = patterns;

    /// <summary>Every pattern that matches with its trigger at <paramref name="position"/>, best first.</summary>
    public List<PatternMatch> MatchAt(IReadOnlyList<string> tokens, int position)
    {
        var matches = new List<PatternMatch>();
        if ((uint)position >= (uint)tokens.Count) return matches;
        foreach (var pattern in Patterns.CandidatesFor(tokens[position]))
        {
            var match = TryMatch(pattern, tokens, position);
            if (match is not null) matches.Add(match);
        }
        matches.Sort(Compare);
        return matches;
    }

    /// <summary>The best match triggered at <paramref name="position"/>, or null; allocates only for a match.</summary>
    public PatternMatch? BestAt(IReadOnlyList<string> tokens, int position)
    {
        if ((uint)position >= (uint)tokens.Count) return null;
        PatternMatch? best = null;
        foreach (var pattern in Patterns.CandidatesFor(tokens[position]))
        {
            var match = TryMatch(pattern, tokens, position);
            if (match is not null && (best is null || Compare(match, best) < 0)) best = match;
        }
        return best;
    }

    /// <summary>The best match triggered at each position of the sentence, in token order.</summary>
    public List<PatternMatch> FindAll(IReadOnlyList<string> tokens)
    {
        var found = new List<PatternMatch>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (BestAt(tokens, i) is { } best) found.Add(best);
        }
        return found;
    }

    /// <summary>The most specific match anywhere in the sentence (earliest on a tie), or null.</summary>
    public PatternMatch? Best(IReadOnlyList<string> tokens)
    {
        PatternMatch? best = null;
        foreach (var match in FindAll(tokens))
            if (best is null || Compare(match, best) < 0) best = match;
        return best;
    }

    /// <summary>Matches one pattern with its trigger at <paramref name="position"/>, or returns null.</summary>
    public static PatternMatch? TryMatch(EventPattern pattern, IReadOnlyList<string> tokens, int position)
    {
        var run = new Run(pattern, tokens);
        var state = new State();
        if (!run.Step(0, position, ref state)) return null;

        var origin = state.Source is null ? SourceOrigin.None
            : state.SourceFromBy ? SourceOrigin.ByPhrase : SourceOrigin.Slot;
        int end = state.End;
        if (pattern.Kind == PatternKind.Noun && state.Source is null && !pattern.HasSourceSlot)
        {
            if (end < tokens.Count && Is(tokens[end], "by") && NounPhraseLength(tokens, end + 1) is > 0 and var length)
            {
                state.Source = new TokenRange(end + 1, end + 1 + length);
                origin = SourceOrigin.ByPhrase;
                end += 1 + length;
            }
        }
        if (pattern.Kind == PatternKind.Noun && Possessor(tokens, position) is { } possessor)
        {
            if (pattern.Possessor == PossessorRole.Target && state.Target is null) state.Target = possessor;
            else if (pattern.Possessor == PossessorRole.Source && state.Source is null)
            {
                state.Source = possessor;
                origin = SourceOrigin.Possessor;
            }
        }
        if (pattern.Possessor == PossessorRole.Target && state.Target is null) return null;
        return new PatternMatch(pattern, new TokenRange(position, end), state.Target, state.Source, origin, state.Literals);
    }

    /// <summary>More literal tokens first, then the finer (4-digit) code, then the longer span.</summary>
    private static int Compare(PatternMatch a, PatternMatch b)
    {
        int c = b.Specificity.CompareTo(a.Specificity);
        if (c != 0) return c;
        c = b.Code.Length.CompareTo(a.Code.Length);
        if (c != 0) return c;
        c = b.Span.Length.CompareTo(a.Span.Length);
        return c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start);
    }

    private struct State
    {
        public int Literals;
        public int End;
        public TokenRange? Target;
        public TokenRange? Source;
        public bool SourceFromBy;
    }

    private readonly struct Run(EventPattern pattern, IReadOnlyList<string> tokens)
    {
        private readonly IReadOnlyList<PatternElement> _elements = pattern.Elements;

        /// <summary>A nominal pattern may take "by $" between the words that open it ("air strikes by Israel on …").</summary>
        private bool ByPhraseAllowedBefore(int index)
        {
            if (pattern.Kind != PatternKind.Noun || pattern.HasSourceSlot || index == 0 || index >= _elements.Count) return false;
            for (int i = 0; i < index; i++)
                if (_elements[i] is not (PatternElement.Literal or PatternElement.Choice)) return false;
            return true;
        }

        public bool Step(int index, int pos, ref State state)
        {
            if (state.Source is null && ByPhraseAllowedBefore(index) && pos < tokens.Count && Is(tokens[pos], "by"))
            {
                for (int length = 1; length <= MaxSlotTokens && pos + 1 + length <= tokens.Count; length++)
                {
                    if (!CanContinueSlot(tokens, pos + 1, pos + length)) break;
                    state.Source = new TokenRange(pos + 1, pos + 1 + length);
                    state.SourceFromBy = true;
                    if (Step(index, pos + 1 + length, ref state)) return true;
                }
                state.Source = null;
                state.SourceFromBy = false;
            }

            if (index == _elements.Count)
            {
                state.End = pos;
                return true;
            }

            switch (_elements[index])
            {
                case PatternElement.Literal literal:
                    return pos < tokens.Count && Is(tokens[pos], literal.Word) && Advance(index, pos + 1, 1, ref state);
                case PatternElement.VerbLemma verb:
                    return pos < tokens.Count && verb.Forms.Contains(tokens[pos]) && Advance(index, pos + 1, 1, ref state);
                case PatternElement.Choice choice:
                    return Alternatives(choice.Alternatives, index, pos, ref state);
                case PatternElement.Optional optional:
                    return Alternatives(optional.Alternatives, index, pos, ref state) || Step(index + 1, pos, ref state);
                case PatternElement.Gap gap:
                    for (int skip = 0; skip <= gap.Max && pos + skip <= tokens.Count; skip++)
                        if (Step(index + 1, pos + skip, ref state)) return true;
                    return false;
                case PatternElement.TargetSlot:
                    return Slot(index, pos, isTarget: true, ref state);
                case PatternElement.SourceSlot:
                    return Slot(index, pos, isTarget: false, ref state);
                default:
                    throw new InvalidOperationException("unknown pattern element");
            }
        }

        private bool Advance(int index, int next, int literals, ref State state)
        {
            state.Literals += literals;
            if (Step(index + 1, next, ref state)) return true;
            state.Literals -= literals;
            return false;
        }

        private bool Alternatives(IReadOnlyList<IReadOnlyList<string>> alternatives, int index, int pos, ref State state)
        {
            // Longest alternative first, so "air strikes" beats "air" when both are listed.
            int longest = 0;
            foreach (var a in alternatives) longest = Math.Max(longest, a.Count);
            for (int length = longest; length >= 1; length--)
            {
                foreach (var alternative in alternatives)
                {
                    if (alternative.Count != length || !SequenceAt(alternative, pos)) continue;
                    if (Advance(index, pos + length, length, ref state)) return true;
                }
            }
            return false;
        }

        private bool SequenceAt(IReadOnlyList<string> words, int pos)
        {
            if (pos + words.Count > tokens.Count) return false;
            for (int i = 0; i < words.Count; i++)
                if (!Is(tokens[pos + i], words[i])) return false;
            return true;
        }

        private bool Slot(int index, int pos, bool isTarget, ref State state)
        {
            if (index == _elements.Count - 1)
            {
                int length = NounPhraseLength(tokens, pos);
                if (length == 0) return false;
                Fill(isTarget, new TokenRange(pos, pos + length), ref state);
                state.End = pos + length;
                return true;
            }
            for (int length = 1; length <= MaxSlotTokens && pos + length <= tokens.Count; length++)
            {
                if (!CanContinueSlot(tokens, pos, pos + length - 1)) break;
                Fill(isTarget, new TokenRange(pos, pos + length), ref state);
                if (Step(index + 1, pos + length, ref state)) return true;
            }
            Fill(isTarget, null, ref state);
            return false;
        }

        private static void Fill(bool isTarget, TokenRange? range, ref State state)
        {
            if (isTarget) state.Target = range;
            else
            {
                state.Source = range;
                state.SourceFromBy = false;
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> can belong to a slot that starts at <paramref name="start"/>:
    /// no punctuation and no function words, except "and" inside ("Russia and China") and "of" before a name.
    /// </summary>
    private static bool CanContinueSlot(IReadOnlyList<string> tokens, int start, int i)
    {
        var token = tokens[i];
        if (IsPunctuation(token)) return false;
        if (!SlotStopWords.Contains(token)) return true;
        if (i == start) return false;
        return Is(token, "and") || (Is(token, "of") && i + 1 < tokens.Count && StartsUpper(tokens[i + 1]));
    }

    /// <summary>Length of the actor-like phrase starting at <paramref name="pos"/>: up to punctuation or a function word.</summary>
    private static int NounPhraseLength(IReadOnlyList<string> tokens, int pos)
    {
        // "killing at least 15 fighters": a quantifier opens the phrase.
        int quantifier = QuantifierLength(tokens, pos);
        if (quantifier > 0 && pos + quantifier < tokens.Count && char.IsDigit(tokens[pos + quantifier][0]))
            return quantifier + NounPhraseLength(tokens, pos + quantifier);
        // "denied supplying the Houthis": a gerund opens an act, not an actor.
        if (pos < tokens.Count && tokens[pos].Length > 5 && char.IsLower(tokens[pos][0]) && tokens[pos].EndsWith("ing", StringComparison.Ordinal)
            && !Is(tokens[pos], "ruling") && !Is(tokens[pos], "fighting")) return 0;
        int i = pos;
        while (i < tokens.Count && i - pos < MaxSlotTokens)
        {
            var token = tokens[i];
            if (IsPunctuation(token)) break;
            if (i == pos && token.Length > 3 && token.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(token[0])) break;
            if (SlotStopWords.Contains(token))
            {
                // "the Republic of Korea": "of" continues a name when a capitalised word follows.
                bool nameOf = Is(token, "of") && i > pos && i + 1 < tokens.Count && StartsUpper(tokens[i + 1]);
                if (!nameOf) break;
            }
            // "Tashkent lasted two days": a past-tense verb ends the phrase unless a modifier precedes it.
            if (i > pos && token.Length > 4 && token.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(token[0])
                && !Modifiers.Contains(tokens[i - 1]) && !tokens[i - 1].EndsWith("ly", StringComparison.Ordinal))
                break;
            i++;
        }
        return i - pos;
    }

    private static int QuantifierLength(IReadOnlyList<string> tokens, int pos)
    {
        if (pos + 1 >= tokens.Count) return 0;
        string a = tokens[pos], b = tokens[pos + 1];
        if ((Is(a, "at") && (Is(b, "least") || Is(b, "most"))) || (Is(b, "than") && (Is(a, "more") || Is(a, "fewer") || Is(a, "less")))
            || (Is(a, "up") && Is(b, "to"))) return 2;
        return Is(a, "about") || Is(a, "around") || Is(a, "nearly") || Is(a, "almost") || Is(a, "over") || Is(a, "some") ? 1 : 0;
    }

    /// <summary>"Russia's", "Foreign Minister Lavrov's" shortly before a nominal trigger.</summary>
    private static TokenRange? Possessor(IReadOnlyList<string> tokens, int trigger)
    {
        for (int i = trigger - 1; i >= 0 && i >= trigger - PossessorLookBack; i--)
        {
            var token = tokens[i];
            if (IsPossessive(token))
            {
                int start = i;
                while (start > 0 && StartsUpper(tokens[start - 1]) && !IsPossessive(tokens[start - 1])
                       && !PossessorBarriers.Contains(tokens[start - 1])) start--;
                return new TokenRange(start, i + 1);
            }
            if (IsPunctuation(token) || PossessorBarriers.Contains(token)) return null;
        }
        return null;
    }

    private static bool IsPossessive(string token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
            || token.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
            || token.EndsWith("s'", StringComparison.Ordinal) || token.EndsWith("s\u2019", StringComparison.Ordinal));

    private static bool StartsUpper(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsPunctuation(string token)
    {
        foreach (char c in token)
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    private static bool Is(string token, string word) => string.Equals(token, word, StringComparison.OrdinalIgnoreCase);
}
