namespace Relata.Time.Lexicon;

/// <summary>Case-insensitive single-word table looked up by span, without allocating per token.</summary>
public sealed class WordTable<T>
{
    private readonly Dictionary<string, T> _map = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Relata.Text.WordFilter _filter = new();

    public void Add(string word, T value)
    {
        _map[word] = value;
        _filter.Add(word);
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_filter.MayContain(word)) return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    /// <summary>False when the word is surely not in the table (a cheap test that hashes only its ends and length).</summary>
    internal bool MayContain(ReadOnlySpan<char> word) => _filter.MayContain(word);

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);

    public int Count => _map.Count;

    public IEnumerable<string> Keys => _map.Keys;
}

/// <summary>Case-insensitive multi-word phrases keyed by their first word, longest tried first.</summary>
public sealed class PhraseTable<T>
{
    private readonly WordTable<List<(string[] Words, T Value)>> _byFirst = new();

    private readonly List<string> _inner = [];

    /// <summary>The first word of every phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Every phrase of one word.</summary>
    public IEnumerable<string> OneWordPhrases =>
        _byFirst.Keys.Where(w => _byFirst.TryGet(w, out var list) && list.Exists(p => p.Words.Length == 1));

    /// <summary>Every word of a phrase after its first.</summary>
    public IEnumerable<string> InnerWords => _inner;

    public void Add(string phrase, T value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_byFirst.TryGet(words[0], out var list)) _byFirst.Add(words[0], list = []);
        list.Add((words, value));
        _inner.AddRange(words.Skip(1));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>True when <paramref name="word"/> alone is one of the phrases.</summary>
    internal bool HasOneWordPhrase(string word) =>
        _byFirst.TryGet(word, out var list) && list.Exists(p => p.Words.Length == 1);

    /// <summary>Longest phrase starting at word token <paramref name="i"/>; returns the number of tokens matched (0 if none).</summary>
    public int Match(in SentenceTokens toks, int i, out T value)
    {
        value = default!;
        if (!_byFirst.TryGet(toks.Word(i), out var list)) return 0;
        return MatchIn(list, toks, i, int.MaxValue, out value);
    }

    /// <summary>
    /// <see cref="Match(in SentenceTokens, int, out T)"/> when the caller knows the classes of the tokens:
    /// <paramref name="inner"/> is the class of this table's <see cref="InnerWords"/>, so when the next token has
    /// not got it only one-word phrases can match.
    /// </summary>
    public int Match(in SentenceTokens toks, int i, WordClass inner, out T value)
    {
        value = default!;
        if (!_byFirst.TryGet(toks.Word(i), out var list)) return 0;
        // Every word of a phrase after its first has the inner class: the phrase can be no longer than that run of words.
        int maxWords = 1;
        while (toks.Has(i + maxWords, inner)) maxWords++;
        return MatchIn(list, toks, i, maxWords, out value);
    }

    private static int MatchIn(List<(string[] Words, T Value)> list, in SentenceTokens toks, int i, int maxWords, out T value)
    {
        // The first word matched the table's key, as every phrase of the list does.
        foreach (var (words, v) in list)
        {
            if (words.Length > maxWords) continue;
            int k = 1;
            while (k < words.Length && i + k < toks.End && toks.Is(i + k, words[k])) k++;
            if (k == words.Length) { value = v; return k; }
        }
        value = default!;
        return 0;
    }
}
