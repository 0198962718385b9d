using Relata.Documents;

namespace Relata.Topics;

/// <summary>
/// The word keys of one tokenised text (<see cref="WordKey.Normalize(ReadOnlySpan{char}, Span{char}, bool)"/> without
/// stemming), as small ids shared by every <see cref="PhraseMatcher{T}"/>: the topic, cue, marker and trigger matchers
/// all read the same document, so each token is normalised and hashed once per document. The word table and each
/// matcher's ids outlive the document: a word is looked up once per matcher per thread, not once per document, until the
/// table reaches <see cref="MaxWords"/> and starts over. One per thread, for the text it last saw (the stages of one
/// document run on one thread); buffers are reused from document to document and only weak references to the text and
/// tokens are kept.
/// </summary>
internal sealed class DocumentWords
{
    private const int Unresolved = -3;
    private const int NotAWord = -1;
    /// <summary>Buffers up to this many tokens or words stay allocated between documents; bigger ones shrink back.</summary>
    private const int KeptSize = 1 << 14;
    /// <summary>Distinct words kept across documents; past this the table (and every matcher's ids) starts over.</summary>
    private const int MaxWords = 1 << 16;

    [ThreadStatic] private static DocumentWords? t_current;

    private WeakReference<string> _text = new("");
    private WeakReference<List<Token>> _tokens = new([]);
    private int _tokenCount;
    private int[] _tokenWord = [];
    private int[] _tokenStart = [];
    private int[] _tokenEnd = [];
    private bool[] _tokenPlain = [];

    private char[] _chars = new char[1024];
    private int _charCount;
    // Where each word's key sits in _chars: start and length side by side, one memory read per word.
    private (int Start, int Length)[] _words = new (int, int)[128];
    private int _wordCount;
    // Each slot holds a word's hash (low half) and its index + 1 (high half): a probe compares hashes without touching
    // the word arrays, so a token costs one slot and one read of its stored key (the table outgrows the caches).
    private ulong[] _buckets = new ulong[256];
    private int _generation;
    private readonly List<VocabularyMap> _maps = [];

    private sealed class VocabularyMap(IWordVocabulary vocabulary)
    {
        public IWordVocabulary Vocabulary { get; } = vocabulary;
        public int[] Ids = [];
        public int Generation = -1;
        public int Version = -1;
    }

    /// <summary>The word table of <paramref name="text"/>'s <paramref name="tokens"/> on this thread, reset when they change.</summary>
    public static DocumentWords For(string text, List<Token> tokens)
    {
        var words = t_current ??= new DocumentWords();
        if (!words.Holds(text, tokens)) words.SwitchTo(text, tokens);
        return words;
    }

    /// <summary>
    /// How many documents' token maps a thread keeps. The pipeline runs each stage over a small batch of documents
    /// before the next stage, so the topic, claim and proposition stages come back to a document after the others.
    /// </summary>
    private const int KeptDocuments = 32;

    /// <summary>A document's token-to-word map, parked while another document's is in the fields below.</summary>
    private sealed class ParkedDocument
    {
        public WeakReference<string> Text = new("");
        public WeakReference<List<Token>> Tokens = new([]);
        public int TokenCount, Generation;
        public int[] TokenWord = [], TokenStart = [], TokenEnd = [];
        public bool[] TokenPlain = [];
    }

    private readonly ParkedDocument?[] _parked = new ParkedDocument?[KeptDocuments];
    private int _nextParked;
    private int _mapGeneration;

    /// <summary>Makes <paramref name="text"/>'s map current: a parked one when its word ids are still valid, else a fresh one.</summary>
    private void SwitchTo(string text, List<Token> tokens)
    {
        int found = -1;
        for (int i = 0; i < _parked.Length; i++)
            if (_parked[i] is { } p && p.TokenCount == tokens.Count && p.Generation == _generation
                && p.Tokens.TryGetTarget(out var t) && ReferenceEquals(t, tokens) && p.Text.TryGetTarget(out var x) && ReferenceEquals(x, text))
            {
                found = i;
                break;
            }
        int slot = found >= 0 ? found : _nextParked;
        if (found < 0) _nextParked = (_nextParked + 1) % _parked.Length;
        var parked = _parked[slot] ??= new ParkedDocument();
        // The current map and the parked one trade places.
        (parked.Text, _text) = (_text, parked.Text);
        (parked.Tokens, _tokens) = (_tokens, parked.Tokens);
        (parked.TokenCount, _tokenCount) = (_tokenCount, parked.TokenCount);
        (parked.Generation, _mapGeneration) = (_mapGeneration, parked.Generation);
        (parked.TokenWord, _tokenWord) = (_tokenWord, parked.TokenWord);
        (parked.TokenStart, _tokenStart) = (_tokenStart, parked.TokenStart);
        (parked.TokenEnd, _tokenEnd) = (_tokenEnd, parked.TokenEnd);
        (parked.TokenPlain, _tokenPlain) = (_tokenPlain, parked.TokenPlain);
        if (found < 0) Reset(text, tokens);
    }

    private bool Holds(string text, List<Token> tokens) =>
        _tokenCount == tokens.Count && _tokens.TryGetTarget(out var t) && ReferenceEquals(t, tokens)
        && _text.TryGetTarget(out var s) && ReferenceEquals(s, text);

    private void Reset(string text, List<Token> tokens)
    {
        _text.SetTarget(text);
        _tokens.SetTarget(tokens);
        _tokenCount = tokens.Count;
        // Buffers grow with the longest text seen and shrink back after it, so a thread keeps about one document's worth.
        int size = Math.Max(128, _tokenCount);
        if (_tokenWord.Length < _tokenCount || _tokenWord.Length > Math.Max(4 * size, KeptSize))
        {
            _tokenWord = new int[Math.Max(size, Math.Min(4 * size, _tokenWord.Length * 2))];
            _tokenStart = new int[_tokenWord.Length];
            _tokenEnd = new int[_tokenWord.Length];
            _tokenPlain = new bool[_tokenWord.Length];
        }
        Array.Fill(_tokenWord, Unresolved, 0, _tokenCount);
        if (_wordCount >= MaxWords) ClearWords();
        _mapGeneration = _generation;
    }

    private void ClearWords()
    {
        _words = new (int, int)[128];
        _chars = new char[1024];
        _buckets = new ulong[256];
        _charCount = 0;
        _wordCount = 0;
        _generation++;
    }

    /// <summary>Word ids of <paramref name="vocabulary"/> for tokens [first, first+count), -1 where it has none.</summary>
    public void Map(IWordVocabulary vocabulary, string text, List<Token> tokens, int first, int count, Span<int> ids)
    {
        var map = MapOf(vocabulary);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens).Slice(first, count);
        for (int i = 0; i < all.Length; i++)
        {
            bool reset = false;
            int word = WordOf(first + i, all[i], text, tokens, ref reset);
            if (reset) map = MapOf(vocabulary);
            ids[i] = word < 0 ? NotAWord : IdOf(map, word);
        }
    }

    /// <summary><see cref="Map(IWordVocabulary, string, List{Token}, int, int, Span{int})"/> for two vocabularies in one
    /// pass over the tokens (a stage that needs both reads each token once).</summary>
    public void Map(IWordVocabulary vocabulary, IWordVocabulary other, string text, List<Token> tokens, int first, int count,
        Span<int> ids, Span<int> otherIds)
    {
        var map = MapOf(vocabulary);
        var otherMap = MapOf(other);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens).Slice(first, count);
        for (int i = 0; i < all.Length; i++)
        {
            bool reset = false;
            int word = WordOf(first + i, all[i], text, tokens, ref reset);
            if (reset) (map, otherMap) = (MapOf(vocabulary), MapOf(other));
            if (word < 0) { ids[i] = otherIds[i] = NotAWord; continue; }
            ids[i] = IdOf(map, word);
            otherIds[i] = IdOf(otherMap, word);
        }
    }

    /// <summary>The word of token <paramref name="t"/>, interned on first sight; sets <paramref name="reset"/> when the
    /// token list was refilled in place (same count, other tokens) and the map started over.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int WordOf(int t, Token token, string text, List<Token> tokens, ref bool reset)
    {
        int word = _tokenWord[t];
        if (word != Unresolved && (_tokenStart[t] != token.Start || _tokenEnd[t] != token.End))
        {
            Reset(text, tokens);
            reset = true;
            word = Unresolved;
        }
        if (word == Unresolved)
        {
            bool plain = false;
            word = token.Kind is TokenKind.Punctuation or TokenKind.Symbol ? NotAWord : Intern(text.AsSpan(token.Start, token.Length), out plain);
            _tokenWord[t] = word;
            _tokenPlain[t] = plain;
            _tokenStart[t] = token.Start;
            _tokenEnd[t] = token.End;
        }
        return word;
    }

    /// <summary>The vocabulary's id for a word of the table, looked up once per word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int IdOf(VocabularyMap map, int word)
    {
        if (map.Ids.Length <= word) Grow(map);
        int id = map.Ids[word];
        if (id == Unresolved) map.Ids[word] = id = map.Vocabulary.Lookup(_chars.AsSpan(_words[word].Start, _words[word].Length));
        return id;
    }

    private VocabularyMap MapOf(IWordVocabulary vocabulary)
    {
        VocabularyMap? map = null;
        foreach (var m in _maps)
            if (ReferenceEquals(m.Vocabulary, vocabulary)) { map = m; break; }
        if (map is null)
        {
            // Matchers built on the fly (tests, user lexicons) must not pile up on a long-lived thread.
            if (_maps.Count >= 32) _maps.Clear();
            _maps.Add(map = new VocabularyMap(vocabulary));
        }
        int version = vocabulary.Version;
        if (map.Generation != _generation || map.Version != version)
        {
            map.Generation = _generation;
            map.Version = version;
            if (map.Ids.Length < _words.Length || map.Ids.Length > Math.Max(2 * _words.Length, KeptSize)) map.Ids = new int[_words.Length];
            Array.Fill(map.Ids, Unresolved);
        }
        return map;
    }

    private void Grow(VocabularyMap map)
    {
        int old = map.Ids.Length;
        Array.Resize(ref map.Ids, Math.Max(_words.Length, old * 2));
        Array.Fill(map.Ids, Unresolved, old, map.Ids.Length - old);
    }

    /// <summary>True when token <paramref name="t"/>, already mapped, is ASCII letters and digits only (its key is itself lower-cased).</summary>
    public bool IsPlain(int t) => _tokenPlain[t];

    private int Intern(ReadOnlySpan<char> raw, out bool plain)
    {
        plain = false;
        // Most tokens are plain ASCII letters and digits: their key is the token lower-cased, hashed as it is read.
        uint h = 2166136261;
        if (raw.Length <= WordKey.MaxLength)
        {
            int i = 0;
            for (; i < raw.Length; i++)
            {
                char c = raw[i];
                if (!char.IsAsciiLetterOrDigit(c)) break;
                h = unchecked((h ^ (uint)(c | 0x20)) * 16777619);
            }
            if (i == raw.Length)
            {
                plain = true;
                return InternPlain(raw, (int)(h & 0x7FFFFFFF));
            }
        }
        Span<char> key = stackalloc char[WordKey.MaxLength];
        key = key[..WordKey.Normalize(raw, key, stem: false)];
        h = 2166136261;
        foreach (char c in key) h = unchecked((h ^ c) * 16777619);
        int hash = (int)(h & 0x7FFFFFFF);
        if (_wordCount * 2 >= _buckets.Length) Rehash();
        int mask = _buckets.Length - 1;
        for (int b = hash & mask; ; b = (b + 1) & mask)
        {
            ulong slot = _buckets[b];
            if (slot == 0)
            {
                int word = Add(key, hash);
                _buckets[b] = Slot(word, hash);
                return word;
            }
            if ((int)(uint)slot != hash) continue;
            int entry = (int)(slot >> 32) - 1;
            var (start, length) = _words[entry];
            if (key.SequenceEqual(_chars.AsSpan(start, length))) return entry;
        }
    }

    /// <summary><see cref="Intern"/> of a token of ASCII letters and digits (stored keys hold no upper-case ASCII).</summary>
    private int InternPlain(ReadOnlySpan<char> raw, int hash)
    {
        if (_wordCount * 2 >= _buckets.Length) Rehash();
        int mask = _buckets.Length - 1;
        for (int b = hash & mask; ; b = (b + 1) & mask)
        {
            ulong slot = _buckets[b];
            if (slot == 0)
            {
                int word = AddLowered(raw, hash);
                _buckets[b] = Slot(word, hash);
                return word;
            }
            if ((int)(uint)slot != hash) continue;
            int entry = (int)(slot >> 32) - 1;
            var (start, length) = _words[entry];
            if (length == raw.Length && SameLowered(raw, _chars.AsSpan(start, length))) return entry;
        }
    }

    /// <summary>ASCII letters and digits against a stored key: setting bit 5 lowers a letter and leaves a digit.</summary>
    private static bool SameLowered(ReadOnlySpan<char> raw, ReadOnlySpan<char> key)
    {
        for (int i = 0; i < raw.Length; i++)
            if ((raw[i] | 0x20) != key[i]) return false;
        return true;
    }

    private int AddLowered(ReadOnlySpan<char> raw, int hash)
    {
        Span<char> key = stackalloc char[WordKey.MaxLength];
        System.Text.Ascii.ToLower(raw, key, out int written);
        return Add(key[..written], hash);
    }

    private int Add(ReadOnlySpan<char> key, int hash)
    {
        if (_wordCount == _words.Length)
        {
            int size = _wordCount * 2;
            Array.Resize(ref _words, size);
        }
        if (_charCount + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + key.Length));
        key.CopyTo(_chars.AsSpan(_charCount));
        _words[_wordCount] = (_charCount, key.Length);
        _charCount += key.Length;
        return _wordCount++;
    }

    private static ulong Slot(int word, int hash) => (ulong)(uint)(word + 1) << 32 | (uint)hash;

    private void Rehash()
    {
        var old = _buckets;
        _buckets = new ulong[old.Length * 2];
        int mask = _buckets.Length - 1;
        foreach (ulong slot in old)
        {
            if (slot == 0) continue;
            int b = (int)(uint)slot & mask;
            while (_buckets[b] != 0) b = (b + 1) & mask;
            _buckets[b] = slot;
        }
    }
}

/// <summary>A matcher's word list: the id of an unstemmed word key, or -1.</summary>
internal interface IWordVocabulary
{
    int Lookup(ReadOnlySpan<char> key);

    /// <summary>Changes whenever the list does, so ids looked up before are not trusted after.</summary>
    int Version { get; }
}
