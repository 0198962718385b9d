namespace Relata.Actors.Linking;

/// <summary>
/// One string per distinct mention text in a document ("Russia" named forty times is one string, not forty):
/// mentions are the stage's main allocation. Kept per thread and cleared for each document.
/// </summary>
internal sealed class MentionTexts
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private MentionTexts() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static MentionTexts? t_current;

    /// <summary>This thread's table, emptied: call once at the start of each document.</summary>
    public static MentionTexts ForNewDocument()
    {
        var texts = t_current ??= new MentionTexts();
        // A very large document must not pin its strings in the thread's table for good.
        if (texts._texts.Count > 4096) t_current = texts = new MentionTexts();
        else texts._texts.Clear();
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
