using Relata.Topics;

namespace Relata.Claims;

/// <summary>A set of lower-cased words, looked up by token span without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => WordKey.Normalize(w, stem: false)), StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        int n = WordKey.Normalize(word, buffer, stem: false);
        return _lookup.Contains(buffer[..n]);
    }
}
