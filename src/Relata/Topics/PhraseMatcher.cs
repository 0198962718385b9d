using Relata.Documents;
using Relata.Text;

namespace Relata.Topics;

/// <summary>A phrase found in a token run: <see cref="TokenCount"/> tokens from <see cref="StartToken"/>.</summary>
public readonly record struct PhraseMatch<T>(int StartToken, int TokenCount, IReadOnlyList<T> Values);

/// <summary>
/// A token trie over normalised word keys (see <see cref="WordKey"/>). Matching maps each token to a
/// word id once and walks the trie from each position, so a sentence costs O(tokens × longest phrase).
/// Build once, then share: matching is read-only and thread-safe.
/// </summary>
public sealed class PhraseMatcher<T> : IWordVocabulary
{
    private const int Unknown = -1;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<T>?> _values = [null];
    /// <summary>The trie node after each first word (0: no phrase starts with it): most positions end at the root.</summary>
    private int[] _roots = new int[16];

    public PhraseMatcher(bool stem)
    {
        Stem = stem;
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Stem { get; }

    public int LongestPhrase { get; private set; }

    private int _version;

    int IWordVocabulary.Version => _version;

    /// <summary>Adds a phrase (tokenised like document text); returns false for a phrase without words.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
        int node = 0, length = 0;
        foreach (var token in tokens)
        {
            string key = WordKey.Normalize(phrase.Substring(token.Start, token.Length), Stem);
            if (key.Length == 0) continue;
            if (!_vocabulary.TryGetValue(key, out int word))
                _vocabulary[key] = word = _vocabulary.Count;
            long edge = ((long)node << 32) | (uint)word;
            if (!_edges.TryGetValue(edge, out int child))
            {
                child = _values.Count;
                _values.Add(null);
                _edges[edge] = child;
                if (node == 0)
                {
                    if (_roots.Length <= word) Array.Resize(ref _roots, Math.Max(word + 1, _roots.Length * 2));
                    _roots[word] = child;
                }
            }
            node = child;
            length++;
        }
        _version++;
        if (length == 0) return false;
        (_values[node] ??= []).Add(value);
        LongestPhrase = Math.Max(LongestPhrase, length);
        return true;
    }

    /// <summary>Word id of every token in [first, first+count), <c>-1</c> for tokens no phrase uses.</summary>
    public void MapTokens(string text, List<Token> tokens, int first, int count, Span<int> ids) =>
        DocumentWords.For(text, tokens).Map(this, text, tokens, first, count, ids);

    int IWordVocabulary.Lookup(ReadOnlySpan<char> key)
    {
        if (!Stem) return _lookup.TryGetValue(key, out int id) ? id : Unknown;
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        key.CopyTo(buffer);
        int n = WordKey.Stem(buffer, key.Length);
        return _lookup.TryGetValue(buffer[..n], out int stemmed) ? stemmed : Unknown;
    }

    /// <summary>True when some phrase starts with the word <paramref name="id"/>: a cheap test before anything else is asked of a token.</summary>
    public bool StartsPhrase(int id) => (uint)id < (uint)_roots.Length && _roots[id] != 0;

    /// <summary>The longest phrase that starts at <paramref name="start"/>, if any.</summary>
    public bool TryMatchAt(ReadOnlySpan<int> ids, int start, out PhraseMatch<T> match)
    {
        int node = 0, bestNode = 0, bestLength = 0;
        if ((uint)start < (uint)ids.Length && (uint)ids[start] < (uint)_roots.Length && (node = _roots[ids[start]]) != 0)
        {
            if (_values[node] is not null) { bestNode = node; bestLength = 1; }
            for (int i = start + 1; i < ids.Length && ids[i] != Unknown; i++)
            {
                if (!_edges.TryGetValue(((long)node << 32) | (uint)ids[i], out node)) break;
                if (_values[node] is not null) { bestNode = node; bestLength = i - start + 1; }
            }
        }
        match = bestLength > 0 ? new PhraseMatch<T>(start, bestLength, _values[bestNode]!) : default;
        return bestLength > 0;
    }

    /// <summary>Leftmost-longest, non-overlapping matches over a token run.</summary>
    public void FindAll(ReadOnlySpan<int> ids, List<PhraseMatch<T>> into)
    {
        for (int i = 0; i < ids.Length;)
        {
            if (ids[i] != Unknown && TryMatchAt(ids, i, out var match))
            {
                into.Add(match);
                i += match.TokenCount;
            }
            else i++;
        }
    }
}
