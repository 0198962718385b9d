using System.Collections.Concurrent;
using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>A token's text as one shared string, and its <see cref="PatternWords"/> id.</summary>
internal readonly record struct TableWord(string Text, int PatternWord);

/// <summary>
/// Token texts shared by the documents one stage codes (thread-safe): the same few thousand words recur across
/// reports, so the coder looks each token up once instead of allocating a string for it, and gets its pattern
/// word id with it.
/// </summary>
internal sealed class WordTable
{
    private const int MaxEntries = 200_000;

    private readonly PatternWords _patternWords;
    private int _added;
    private readonly ConcurrentDictionary<string, TableWord> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TableWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(EventPatternSet patterns)
    {
        _patternWords = patterns.Words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TableWord Get(ReadOnlySpan<char> token)
    {
        if (_lookup.TryGetValue(token, out var word)) return word;
        string text = token.ToString();
        word = new TableWord(text, _patternWords.IdOf(text));
        if (_words.TryAdd(text, word) && Interlocked.Increment(ref _added) >= MaxEntries)
        {
            // Names and figures keep coming on a large corpus; starting over bounds the memory.
            _words.Clear();
            Interlocked.Exchange(ref _added, 0);
        }
        return word;
    }
}
