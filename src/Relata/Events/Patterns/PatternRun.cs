namespace Relata.Events.Patterns;

/// <summary>What a run of one pattern has matched so far.</summary>
internal struct MatchState
{
    public int Literals;
    public int End;
    public TokenRange? Target;
    public TokenRange? Source;
    public bool SourceFromBy;
}

/// <summary>Backtracking match of one compiled pattern over the tokens of a sentence.</summary>
internal readonly ref struct PatternRun
{
    private readonly CompiledPattern _pattern;
    private readonly CompiledElement[] _elements;
    private readonly ReadOnlySpan<string> _words;
    private readonly ReadOnlySpan<int> _ids;
    private readonly ReadOnlySpan<Relata.Events.Coding.TableWord> _table;

    public PatternRun(CompiledPattern pattern, PatternTokens tokens)
    {
        _pattern = pattern;
        _elements = pattern.Elements;
        _words = tokens.Words;
        _ids = tokens.Ids;
        _table = tokens.Table;
    }

    /// <summary>A nominal pattern may take "by $" between the words that open it ("air strikes by Israel on …").</summary>
    private bool ByPhraseAllowedBefore(int index) =>
        _pattern.Pattern.Kind == PatternKind.Noun && !_pattern.HasSourceSlot && index != 0 && index < _elements.Length
        && index <= _pattern.LeadingWords;

    public bool Step(int index, int pos, ref MatchState state)
    {
        if (state.Source is null && ByPhraseAllowedBefore(index) && pos < _words.Length && SlotPhrases.Is(_words[pos], "by"))
        {
            for (int length = 1; length <= SlotPhrases.MaxSlotTokens && pos + 1 + length <= _words.Length; length++)
            {
                if (!SlotPhrases.CanContinueSlot(_words, _table, pos + 1, pos + length)) break;
                state.Source = new TokenRange(pos + 1, pos + 1 + length);
                state.SourceFromBy = true;
                if (Step(index, pos + 1 + length, ref state)) return true;
            }
            state.Source = null;
            state.SourceFromBy = false;
        }

        if (index == _elements.Length)
        {
            state.End = pos;
            return true;
        }

        var element = _elements[index];
        switch (element.Kind)
        {
            case ElementKind.Word:
                return pos < _ids.Length && _ids[pos] == element.Word && Advance(index, pos + 1, 1, ref state);
            case ElementKind.Verb:
                return pos < _ids.Length && Array.IndexOf(element.Forms!, _ids[pos]) >= 0 && Advance(index, pos + 1, 1, ref state);
            case ElementKind.Choice:
                return Alternatives(element.Alternatives!, index, pos, ref state);
            case ElementKind.Optional:
                return Alternatives(element.Alternatives!, index, pos, ref state) || Step(index + 1, pos, ref state);
            case ElementKind.Gap:
                for (int skip = 0; skip <= element.GapMax && pos + skip <= _words.Length; skip++)
                    if (Step(index + 1, pos + skip, ref state)) return true;
                return false;
            case ElementKind.TargetSlot:
                return Slot(index, pos, isTarget: true, ref state);
            case ElementKind.SourceSlot:
                return Slot(index, pos, isTarget: false, ref state);
            default:
                throw new InvalidOperationException("unknown pattern element");
        }
    }

    private bool Advance(int index, int next, int literals, ref MatchState state)
    {
        state.Literals += literals;
        if (Step(index + 1, next, ref state)) return true;
        state.Literals -= literals;
        return false;
    }

    private bool Alternatives(int[][] alternatives, int index, int pos, ref MatchState state)
    {
        foreach (var alternative in alternatives)
            if (SequenceAt(alternative, pos) && Advance(index, pos + alternative.Length, alternative.Length, ref state)) return true;
        return false;
    }

    private bool SequenceAt(int[] words, int pos) =>
        pos + words.Length <= _ids.Length && _ids.Slice(pos, words.Length).SequenceEqual(words);

    private bool Slot(int index, int pos, bool isTarget, ref MatchState state)
    {
        if (index == _elements.Length - 1)
        {
            int length = SlotPhrases.NounPhraseLength(_words, _table, pos);
            if (length == 0) return false;
            Fill(isTarget, new TokenRange(pos, pos + length), ref state);
            state.End = pos + length;
            return true;
        }
        for (int length = 1; length <= SlotPhrases.MaxSlotTokens && pos + length <= _words.Length; length++)
        {
            if (!SlotPhrases.CanContinueSlot(_words, _table, pos, pos + length - 1)) break;
            Fill(isTarget, new TokenRange(pos, pos + length), ref state);
            if (Step(index + 1, pos + length, ref state)) return true;
        }
        Fill(isTarget, null, ref state);
        return false;
    }

    private static void Fill(bool isTarget, TokenRange? range, ref MatchState state)
    {
        if (isTarget) state.Target = range;
        else
        {
            state.Source = range;
            state.SourceFromBy = false;
        }
    }
}
