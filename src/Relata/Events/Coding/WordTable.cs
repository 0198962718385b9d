using System.Runtime.CompilerServices;
using Relata.Events.Patterns;

namespace Relata.Events.Coding;

/// <summary>A distinct token text: one shared string, its <see cref="PatternWords"/> id and the word lists it is in.</summary>
internal sealed class TableWord
{
    /// <summary>Bits of the <see cref="WordSet"/>s looked up so far, and of those that hold this word.</summary>
    private ulong _known, _member;

    public TableWord(string text, int patternWord, bool isTrigger)
    {
        Text = text;
        PatternWord = patternWord;
        IsTrigger = isTrigger;
        IsCommaOrSemicolon = text is "," or ";";
        Break = text switch
        {
            ";" or ":" or "\u2014" or "\u2013" => ClauseBreak.Hard,
            "-" => ClauseBreak.Dash,
            "," => ClauseBreak.Comma,
            _ => ClauseBreak.None,
        };
    }

    public string Text { get; }

    /// <summary>"," or ";": the bounds of the comma-delimited stretch around a trigger.</summary>
    public bool IsCommaOrSemicolon { get; }

    public int PatternWord { get; }

    /// <summary>True when some pattern starts with this word.</summary>
    public bool IsTrigger { get; }

    /// <summary>How the word bears on clause boundaries.</summary>
    public ClauseBreak Break { get; }

    /// <summary>Bits of the <see cref="WordSet"/>s whose answer for this word is known so far.</summary>
    public ulong Known => _known;

    /// <summary>Of <see cref="Known"/>, the bits of the sets that hold this word.</summary>
    public ulong Member => _member;

    public bool IsIn(WordSet set)
    {
        ulong bit = set.Bit;
        if ((_known & bit) == 0)
        {
            if (bit == 0) return set.Contains(Text);
            if (set.Contains(Text)) _member |= bit;
            _known |= bit;
        }
        return (_member & bit) != 0;
    }
}

/// <summary>Punctuation that opens or closes clauses: ";", ":" and dashes always, "-" after the first token, "," closing a relative clause.</summary>
internal enum ClauseBreak : byte { None, Hard, Dash, Comma }

/// <summary>
/// Token texts of the documents one thread codes: the same few thousand words recur across reports, so the coder
/// looks each token up once instead of allocating a string for it, and gets its pattern word id with it.
/// An open-addressing table on the token's characters: every token of every reporting sentence is looked up here.
/// Not thread-safe: the stage keeps one table per thread.
/// </summary>
internal sealed class WordTable
{
    private const int MaxEntries = 200_000;
    private const int InitialCapacity = 1 << 14;

    private readonly EventPatternSet _patterns;
    /// <summary>A word with its hash side by side: a probe reads one array.</summary>
    private struct Slot
    {
        public uint Hash;
        public TableWord? Word;
    }

    private Slot[] _slots = new Slot[InitialCapacity];
    private int _count;

    public WordTable(EventPatternSet patterns)
    {
        _patterns = patterns;
        Seen = new int[patterns.Words.Count];
    }

    /// <summary>
    /// Per pattern word id, the last sentence generation it occurred in (see <see cref="SentenceView"/>): kept with the
    /// table so that it is allocated once per thread, not per document.
    /// </summary>
    public int[] Seen { get; }

    /// <summary>The generation of the sentence being read; 0 means none yet.</summary>
    public int Generation { get; set; }

    public TableWord Get(ReadOnlySpan<char> token)
    {
        uint hash = Hash(token);
        int mask = _slots.Length - 1;
        int i = (int)hash & mask;
        while (true)
        {
            ref var slot = ref _slots[i];
            var word = slot.Word;
            if (word is null) break;
            if (slot.Hash == hash && token.SequenceEqual(word.Text)) return word;
            i = (i + 1) & mask;
        }
        // Names and figures keep coming on a large corpus; starting over bounds the memory.
        if (_count >= MaxEntries)
        {
            Array.Clear(_slots);
            _count = 0;
        }
        else if ((_count + 1) * 2 > _slots.Length) Grow();
        string text = token.ToString();
        int id = _patterns.Words.IdOf(text);
        var added = new TableWord(text, id, !_patterns.CandidatesFor(id).IsEmpty);
        Insert(added, hash);
        return added;
    }

    private void Insert(TableWord word, uint hash)
    {
        int mask = _slots.Length - 1;
        int i = (int)hash & mask;
        while (_slots[i].Word is not null) i = (i + 1) & mask;
        _slots[i] = new Slot { Hash = hash, Word = word };
        _count++;
    }

    private void Grow()
    {
        var slots = _slots;
        _slots = new Slot[slots.Length * 2];
        _count = 0;
        for (int i = 0; i < slots.Length; i++)
            if (slots[i].Word is { } w) Insert(w, slots[i].Hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> token)
    {
        uint h = 2166136261u ^ (uint)token.Length;
        foreach (char c in token) h = (h ^ c) * 16777619u;
        return h ^ (h >> 15);
    }
}
