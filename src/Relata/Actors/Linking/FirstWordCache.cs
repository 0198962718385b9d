namespace Relata.Actors.Linking;

/// <summary>
/// <see cref="RootIndex"/> look-ups by the word's exact text, direct-mapped and kept per thread from document to
/// document: names and the words around them repeat across documents, so most words are found by comparing a few
/// characters instead of hashing them case-insensitively in the big table. The result depends only on the word
/// (and the lexicon), so keeping it cannot change what the linker finds.
/// </summary>
internal sealed class FirstWordCache
{
    private const int Bits = 11;

    /// <summary>Words up to this long are kept; longer ones (rare) are looked up each time.</summary>
    private const int MaxLength = 16;

    [System.Runtime.CompilerServices.InlineArray(MaxLength)]
    private struct Chars
    {
        private char _first;
    }

    // The word's characters are kept in the slot itself: a hit reads one slot, not a string somewhere on the heap.
    private struct Slot
    {
        public Chars Word;
        public int Length;
        public RootIndex.Entry? Entry;
    }

    private readonly ActorLexicon _lex;
    private readonly Slot[] _slots = new Slot[1 << Bits];

    private FirstWordCache(ActorLexicon lex) => _lex = lex;

    // Two per thread: a caller that alternates two knowledge bases document by document keeps both warm.
    [ThreadStatic] private static FirstWordCache? t_current, t_other;

    /// <summary>This thread's cache for <paramref name="lex"/>.</summary>
    public static FirstWordCache For(ActorLexicon lex)
    {
        var c = t_current;
        if (c is not null && ReferenceEquals(c._lex, lex)) return c;
        var o = t_other;
        t_other = c;
        return t_current = o is not null && ReferenceEquals(o._lex, lex) ? o : new FirstWordCache(lex);
    }

    /// <summary>What <see cref="Of"/> uncached gives: the first-word entry, the lower-case table for a lower-case word.</summary>
    public static RootIndex.Entry? Uncached(RootIndex index, ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) ? index.FirstLower(word) : index.First(word);

    /// <summary>The name and title trie nodes a word can start (see <see cref="Uncached"/>).</summary>
    public RootIndex.Entry? Of(ReadOnlySpan<char> word)
    {
        var index = _lex.FirstWords;
        if (word.IsEmpty || word.Length > MaxLength) return index.MayHave(word) ? Uncached(index, word) : null;
        uint h = (uint)word.Length * 0x9E3779B1u ^ word[0];
        h = h * 0x9E3779B1u ^ word[^1];
        h = h * 0x9E3779B1u ^ word[word.Length >> 1];
        ref var slot = ref _slots[(h * 0x85EBCA6Bu) >> (32 - Bits)];
        // Only words the filter let through are kept, so a word found here needs no filter.
        if (slot.Length == word.Length && ((ReadOnlySpan<char>)slot.Word)[..word.Length].SequenceEqual(word)) return slot.Entry;
        // Words the filter turns away cost less than a slot and would only push out the words that repeat.
        if (!index.MayHave(word)) return null;
        var entry = Uncached(index, word);
        word.CopyTo(slot.Word);
        slot.Length = word.Length;
        slot.Entry = entry;
        return entry;
    }
}
