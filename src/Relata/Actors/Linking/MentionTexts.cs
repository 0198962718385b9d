namespace Relata.Actors.Linking;

/// <summary>
/// One string per distinct mention text ("Russia" named in a thousand documents is one string, not a thousand):
/// mention texts were the stage's largest allocation after the mentions themselves. Kept per thread and shared
/// by the documents that thread links, up to a bound.
/// </summary>
internal sealed class MentionTexts
{
    // Mention texts repeat across documents (names from the KB), so the table outlives one document; the bound
    // keeps a stream of unknown names from growing it for good, and keeps it small enough to stay in cache
    // (a table of 16k texts cost more in lookups than it saved in allocation).
    private const int MaxTexts = 2_048;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private MentionTexts() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static MentionTexts? t_current;

    /// <summary>This thread's table: call once at the start of each document.</summary>
    public static MentionTexts ForNewDocument()
    {
        var texts = t_current ??= new MentionTexts();
        if (texts._texts.Count > MaxTexts) t_current = texts = new MentionTexts();
        return texts;
    }

    // The texts met last, direct-mapped by length and three characters: a repeated name is found by one compare,
    // without hashing the whole span.
    private const int RecentBits = 9;
    private readonly string?[] _recent = new string?[1 << RecentBits];

    public string Get(string text, Documents.TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (s.IsEmpty) return Lookup(s);
        uint h = (uint)s.Length * 0x9E3779B1u ^ s[0];
        h = h * 0x9E3779B1u ^ s[^1];
        h = h * 0x9E3779B1u ^ s[s.Length >> 1];
        ref string? slot = ref _recent[(h * 0x85EBCA6Bu) >> (32 - RecentBits)];
        if (slot is { } recent && s.SequenceEqual(recent)) return recent;
        return slot = Lookup(s);
    }

    private string Lookup(ReadOnlySpan<char> s)
    {
        if (_lookup.TryGetValue(s, out string? known)) return known;
        string made = s.ToString();
        _texts[made] = made;
        return made;
    }
}
