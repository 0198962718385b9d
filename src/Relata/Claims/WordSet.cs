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
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length <= WordKey.MaxLength && !word.ContainsAnyExcept(PlainAscii)) return _asciiLookup.Contains(word);
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        int n = WordKey.Normalize(word, buffer, stem: false);
        return _lookup.Contains(buffer[..n]);
    }
}
