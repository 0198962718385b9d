namespace Relata.Time.Lexicon;

/// <summary>Case-insensitive word → <see cref="WordClass"/> bits, built once from the lexicon tables. Immutable after building.</summary>
public sealed class WordClassTable
{
    private readonly WordTable<WordClass> _classes = new();
    private readonly Dictionary<string, WordClass> _pending = new(StringComparer.OrdinalIgnoreCase);
    private WordTable<bool>? _triggers;


    /// <summary>A table with every time class of <paramref name="lex"/>; call <see cref="Add"/> for more, then <see cref="Freeze"/>.</summary>
    public static WordClassTable Start(TimeLexicon lex)
    {
        var table = new WordClassTable { _triggers = lex.Triggers, Lexicon = lex };
        table.Add(lex.Triggers.Keys, WordClass.Trigger);
        table.Add(lex.Months.Keys, WordClass.Month);
        table.Add(lex.Weekdays.Keys, WordClass.Weekday);
        table.Add(lex.Seasons.Keys, WordClass.Season);
        table.Add(lex.Quarters.FirstWords, WordClass.QuarterFirst);
        table.Add(lex.Quarters.InnerWords, WordClass.QuarterInner);
        table.Add(lex.Vague.InnerWords, WordClass.VagueInner);
        table.Add(lex.Vague.OneWordPhrases, WordClass.VagueSingle);
        table.Add(lex.VagueCounts.InnerWords, WordClass.VagueCountInner);
        table.Add(lex.Units.Keys, WordClass.Unit);
        table.Add(lex.DayTimes.Keys, WordClass.DayTime);
        table.Add(lex.Meridiem.Keys, WordClass.Meridiem);
        table.Add(lex.PrefixMods.Keys, WordClass.PrefixMod);
        table.Add(lex.OfPhraseMods.Keys, WordClass.OfPhraseMod);
        table.Add(lex.DateApproximators.Keys, WordClass.DateApproximator);
        table.Add(lex.Vague.FirstWords, WordClass.VagueFirst);
        table.Add(lex.RelativeDeterminers.Keys, WordClass.RelativeDeterminer);
        table.Add(lex.RelativeDays.Keys, WordClass.RelativeDay);
        table.Add(lex.Shifts.Keys, WordClass.Shift);
        table.Add(lex.SetWords.Keys, WordClass.SetWord);
        table.Add(lex.SetQuantifiers.Keys, WordClass.SetQuantifier);
        table.Add(lex.VagueCounts.FirstWords, WordClass.VagueCountFirst);
        table.Add(lex.YearCues.Keys, WordClass.YearCue);
        table.Add(lex.Signals.Keys, WordClass.Signal);
        table.Add(lex.RangeOpeners.Keys, WordClass.RangeOpener);
        table.Add(lex.RangeConnectors.Keys, WordClass.RangeConnector);
        table.Add(lex.NotYearBefore.Keys, WordClass.NotYearBefore);
        table.Add(lex.FrequencyWords.Keys, WordClass.FrequencyWord);
        table.Add(lex.FutureCues.Keys, WordClass.FutureCue);
        table.Add(lex.PastCues.Keys, WordClass.PastCue);
        table.Add(lex.NumberWords.Keys, WordClass.NumberWord);
        table.Add(lex.Multipliers.Keys, WordClass.Multiplier);
        table.Add(lex.Ordinals.Keys, WordClass.Ordinal);
        table.Add(lex.OrdinalSuffixes.Keys, WordClass.OrdinalSuffix);
        table.Add(["the"], WordClass.The);
        table.Add(["a", "an"], WordClass.Article);
        return table;
    }

    public static WordClassTable ForTime(TimeLexicon lex) => Start(lex).Freeze();

    public int Count => _classes.Count;

    /// <summary>The time lexicon whose classes this table holds.</summary>
    public TimeLexicon Lexicon { get; private init; } = null!;

    public void Add(IEnumerable<string> words, WordClass classes)
    {
        foreach (var w in words) _pending[w] = _pending.GetValueOrDefault(w) | classes;
    }

    public WordClassTable Freeze()
    {
        foreach (var (w, c) in _pending) _classes.Add(w, c);
        var ascii = new AsciiWordMap(_pending);
        _ascii = ascii.CanServe ? ascii : null;
        _pending.Clear();
        return this;
    }

    private AsciiWordMap? _ascii;

    /// <summary>The classes of one token's text, with <see cref="WordClass.Known"/> set.</summary>
    public WordClass Classify(ReadOnlySpan<char> word) => Classify(word, out _);

    /// <summary>
    /// <see cref="Classify(ReadOnlySpan{char})"/>, and whether <see cref="FineTokens"/> would split the word (a leading digit,
    /// a final period or a hyphen): both are read in the same pass over its characters.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal WordClass Classify(ReadOnlySpan<char> word, out bool needsSplit)
    {
        if (word.IsEmpty) return ClassifyRare(word, 0, innerHyphen: false, out needsSplit);
        bool innerHyphen = false;
        int all = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            all |= c;
            if (c == '-') innerHyphen |= k > 0;
        }
        // Most words: ASCII, no hyphen inside.
        if (all >= 128 || innerHyphen || _ascii is null) return ClassifyRare(word, all, innerHyphen, out needsSplit);
        needsSplit = word[0] == '-' || (uint)(word[0] - '0') <= 9 || word[^1] == '.';
        return _ascii.LookupAscii(word) | WordClass.Known;
    }

    /// <summary><see cref="Classify(ReadOnlySpan{char}, out bool)"/> of an empty or non-ASCII word, or one with a hyphen inside.</summary>
    private WordClass ClassifyRare(ReadOnlySpan<char> word, int all, bool innerHyphen, out bool needsSplit)
    {
        if (word.IsEmpty)
        {
            needsSplit = true;
            return Lookup(word) | WordClass.Known;
        }
        // '-' first, or the Unicode hyphens (only in a word with a non-ASCII character), also make a split.
        needsSplit = innerHyphen || word[0] == '-' || (uint)(word[0] - '0') <= 9 || word[^1] == '.'
            || (all >= 128 && (char.IsDigit(word[0]) || word.IndexOfAny('\u2010', '\u2011') >= 0));
        var c0 = all < 128 ? (_ascii is not null ? _ascii.LookupAscii(word) : _classes.MayContain(word) ? Lookup(word) : WordClass.None)
            : _classes.MayContain(word) ? Lookup(word) : WordClass.None;
        c0 |= WordClass.Known;
        if (innerHyphen)
        {
            c0 |= WordClass.InnerHyphen;
            // "mid-May", "five-year": the part before the hyphen decides whether an expression can start here.
            int dash = word.IndexOf('-');
            if (dash > 0 && _triggers!.Contains(word[..dash])) c0 |= WordClass.Trigger;
        }
        return c0;
    }

    /// <summary>
    /// False when a word with a hyphen inside cannot be read as a hyphenated number ("twenty-five"): the part before its first
    /// hyphen is no number word of <see cref="Lexicon"/>.
    /// </summary>
    internal bool MayBeHyphenatedNumber(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash > 0 && Lexicon.NumberWords.Contains(word[..dash]);
    }

    private WordClass Lookup(ReadOnlySpan<char> word)
    {
        _classes.TryGet(word, out var c);
        return c;
    }
}
