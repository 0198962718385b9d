namespace Relata.Events.Patterns;

/// <summary>
/// Every word the patterns of a set spell out (literals, verb forms, words of alternatives), numbered so that the
/// matcher compares integers instead of strings. Case-insensitive, like the matching itself.
/// </summary>
internal sealed class PatternWords
{
    /// <summary>The id of a token that no pattern spells out.</summary>
    public const int None = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public PatternWords() => _spans = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    /// <summary>The word's id, adding it when it is new.</summary>
    public int Add(string word)
    {
        if (_ids.TryGetValue(word, out int id)) return id;
        id = _ids.Count;
        _ids.Add(word, id);
        return id;
    }

    public int IdOf(ReadOnlySpan<char> token) => _spans.TryGetValue(token, out int id) ? id : None;

    public int[] IdsOf(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = IdOf(tokens[i]);
        return ids;
    }
}
