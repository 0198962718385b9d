using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>A distinct token text: one shared string and its <see cref="PatternWords"/> id.</summary>
internal sealed class TableWord(string text, int patternWord)
{
    public string Text { get; } = text;

    public int PatternWord { get; } = patternWord;
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
