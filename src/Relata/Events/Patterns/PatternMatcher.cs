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
    public const int MaxSlotTokens = SlotPhrases.MaxSlotTokens;

    public EventPatternSet Patterns { get; } = patterns;

    /// <summary>Every pattern that matches with its trigger at <paramref name="position"/>, best first.</summary>
    public List<PatternMatch> MatchAt(IReadOnlyList<string> tokens, int position)
    {
        var matches = new List<PatternMatch>();
        if ((uint)position >= (uint)tokens.Count) return matches;
        string[] words = [.. tokens];
        var input = new PatternTokens(words, Patterns.Words.IdsOf(words));
        // In table order before sorting, as the candidates come most literals first and the sort is not stable.
        var found = new List<(int Order, PatternMatch Match)>();
        foreach (var candidate in Patterns.CandidatesFor(input.Ids[position]))
            if (TryMatch(candidate.Pattern, input, position, out var match)) found.Add((candidate.Order, match.ToMatch()));
        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var (_, match) in found) matches.Add(match);
        matches.Sort(Compare);
        return matches;
    }

    /// <summary>The best match triggered at <paramref name="position"/>, or null.</summary>
    public PatternMatch? BestAt(IReadOnlyList<string> tokens, int position)
    {
        string[] words = [.. tokens];
        return BestAt(new PatternTokens(words, Patterns.Words.IdsOf(words)), position);
    }

    /// <summary>The best match triggered at <paramref name="position"/>, or null; allocates only for a match.</summary>
    internal PatternMatch? BestAt(PatternTokens tokens, int position)
    {
        if ((uint)position >= (uint)tokens.Count) return null;
        Candidate best = default;
        bool found = false;
        int bestOrder = 0;
        var present = tokens.Present;
        ulong mask = present.IsKnown ? present.Mask : ulong.MaxValue;
        foreach (var candidate in Patterns.CandidatesFor(tokens.Ids[position]))
        {
            // Candidates come most literals first: once none left can count as many literals as the best, stop.
            if (found && candidate.MaxLiterals < best.Literals) break;
            if (!candidate.MayMatchIn(mask)) continue;
            var pattern = candidate.Pattern;
            if (present.IsKnown && !pattern.CanMatchIn(present)) continue;
            if (!TryMatch(pattern, tokens, position, out var match)) continue;
            int c = found ? Compare(match, best) : -1;
            // On a full tie the pattern listed first in the tables wins.
            if (c < 0 || (c == 0 && candidate.Order < bestOrder)) (best, bestOrder) = (match, candidate.Order);
            found = true;
        }
        return found ? best.ToMatch() : null;
    }

    /// <summary>The best match triggered at each position of the sentence, in token order.</summary>
    public List<PatternMatch> FindAll(IReadOnlyList<string> tokens)
    {
        string[] words = [.. tokens];
        var input = new PatternTokens(words, Patterns.Words.IdsOf(words));
        var found = new List<PatternMatch>();
        for (int i = 0; i < words.Length; i++)
        {
            if (BestAt(input, i) is { } best) found.Add(best);
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
        var words = new PatternWords();
        var compiled = new CompiledPattern(pattern, words);
        string[] texts = [.. tokens];
        return TryMatch(compiled, new PatternTokens(texts, words.IdsOf(texts)), position, out var match) ? match.ToMatch() : null;
    }

    private static bool TryMatch(CompiledPattern compiled, PatternTokens tokens, int position, out Candidate match)
    {
        match = default;
        var pattern = compiled.Pattern;
        var words = tokens.Words;
        var state = new MatchState();
        if (!new PatternRun(compiled, tokens).Step(0, position, ref state)) return false;

        var origin = state.Source is null ? SourceOrigin.None
            : state.SourceFromBy ? SourceOrigin.ByPhrase : SourceOrigin.Slot;
        int end = state.End;
        if (pattern.Kind == PatternKind.Noun && state.Source is null && !compiled.HasSourceSlot)
        {
            if (end < words.Length && SlotPhrases.Is(words[end], "by") && SlotPhrases.NounPhraseLength(words, tokens.Table, end + 1) is > 0 and var length)
            {
                state.Source = new TokenRange(end + 1, end + 1 + length);
                origin = SourceOrigin.ByPhrase;
                end += 1 + length;
            }
        }
        if (pattern.Kind == PatternKind.Noun && SlotPhrases.Possessor(words, tokens.Table, position) is { } possessor)
        {
            if (pattern.Possessor == PossessorRole.Target && state.Target is null) state.Target = possessor;
            else if (pattern.Possessor == PossessorRole.Source && state.Source is null)
            {
                state.Source = possessor;
                origin = SourceOrigin.Possessor;
            }
        }
        if (pattern.Possessor == PossessorRole.Target && state.Target is null) return false;
        match = new Candidate(pattern, new TokenRange(position, end), state.Target, state.Source, origin, state.Literals);
        return true;
    }

    /// <summary>More literal tokens first, then the finer (4-digit) code, then the longer span.</summary>
    private static int Compare(PatternMatch a, PatternMatch b) =>
        Compare(a.Specificity, a.Code, a.Span, b.Specificity, b.Code, b.Span);

    private static int Compare(in Candidate a, in Candidate b) =>
        Compare(a.Literals, a.Pattern.Code, a.Span, b.Literals, b.Pattern.Code, b.Span);

    private static int Compare(int aSpecificity, string aCode, TokenRange aSpan, int bSpecificity, string bCode, TokenRange bSpan)
    {
        int c = bSpecificity.CompareTo(aSpecificity);
        if (c != 0) return c;
        c = bCode.Length.CompareTo(aCode.Length);
        if (c != 0) return c;
        c = bSpan.Length.CompareTo(aSpan.Length);
        return c != 0 ? c : aSpan.Start.CompareTo(bSpan.Start);
    }

    /// <summary>A match before it becomes a <see cref="PatternMatch"/>: of several candidates only the best is allocated.</summary>
    private readonly record struct Candidate(EventPattern Pattern, TokenRange Span, TokenRange? Target, TokenRange? Source, SourceOrigin Origin, int Literals)
    {
        public PatternMatch ToMatch() => new(Pattern, Span, Target, Source, Origin, Literals);
    }
}
