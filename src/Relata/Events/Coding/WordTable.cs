using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>A distinct token text: one shared string, its <see cref="PatternWords"/> id and the word lists it is in.</summary>
internal sealed class TableWord(string text, int patternWord)
{
    /// <summary>Bits of the <see cref="WordSet"/>s looked up so far, and of those that hold this word.</summary>
    private ulong _known, _member;

    public string Text { get; } = text;

    public int PatternWord { get; } = patternWord;

    public bool IsIn(WordSet set)
    {
        ulong bit = set.Bit;
        if ((_known & bit) == 0)
        {
            if (bit == 0) return set.Contains(Text);
            if (set.Contains(Text)) _member |= bit;
            _known |= bit;
        }
        return (_member & bit) != 0;
    }
}

/// <summary>
/// Token texts of the documents one thread codes: the same few thousand words recur across reports, so the coder
/// looks each token up once instead of allocating a string for it, and gets its pattern word id with it.
/// Not thread-safe: the stage keeps one table per thread.
/// </summary>
internal sealed class WordTable
{
    private const int MaxEntries = 200_000;

    private readonly PatternWords _patternWords;
    private readonly Dictionary<string, TableWord> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(EventPatternSet patterns)
    {
        _patternWords = patterns.Words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TableWord Get(ReadOnlySpan<char> token)
    {
        if (_lookup.TryGetValue(token, out var word)) return word;
        // Names and figures keep coming on a large corpus; starting over bounds the memory.
        if (_words.Count >= MaxEntries) _words.Clear();
        string text = token.ToString();
        word = new TableWord(text, _patternWords.IdOf(text));
        _words.Add(text, word);
        return word;
    }
}
