using Relata.Topics;

namespace Relata.Claims;

/// <summary>A set of lower-cased words, looked up by token span without allocating.</summary>
internal sealed class WordSet
{
    private static readonly System.Buffers.SearchValues<char> PlainAscii =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _asciiLookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => WordKey.Normalize(w, stem: false)), StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        // Keys are lower-cased: for a plain ASCII word (no apostrophe or hyphen) normalising is just ignoring case.
        _asciiLookup = new HashSet<string>(_words.Where(w => System.Text.Ascii.IsValid(w)), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string w in _words)
        {
            if (w.Length == 0 || !System.Text.Ascii.IsValid(w)) continue;
            if (w.Length < 64) _lengths |= 1UL << w.Length;
            _firsts |= FirstBit(w[0]);
        }
    }

    // Most words asked about are in no list: the lengths and first letters of the plain keys turn them away unhashed.
    private readonly ulong _lengths;
    private readonly ulong _firsts;

    private static ulong FirstBit(char c) => 1UL << ((c | 0x20) & 63);

    /// <summary>True when <paramref name="key"/>, a word key already normalised (see WordKey), is in the set.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => _lookup.Contains(key);

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length <= WordKey.MaxLength && !word.ContainsAnyExcept(PlainAscii))
        {
            if (word.Length > 0 && ((word.Length < 64 && (_lengths & (1UL << word.Length)) == 0) || (_firsts & FirstBit(word[0])) == 0)) return false;
            return _asciiLookup.Contains(word);
        }
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        int n = WordKey.Normalize(word, buffer, stem: false);
        return _lookup.Contains(buffer[..n]);
    }
}
