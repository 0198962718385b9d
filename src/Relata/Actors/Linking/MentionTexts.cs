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

    public string Get(string text, Documents.TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (_lookup.TryGetValue(s, out string? known)) return known;
        string made = s.ToString();
        _texts[made] = made;
        return made;
    }
}
