namespace Relata.Events.Patterns;

/// <summary>The tokens of one sentence as the matcher reads them: their texts and their <see cref="PatternWords"/> ids.</summary>
internal readonly ref struct PatternTokens
{
    public PatternTokens(ReadOnlySpan<string> words, ReadOnlySpan<int> ids, WordsPresent present = default,
        ReadOnlySpan<Relata.Events.Coding.TableWord> table = default)
    {
        if (words.Length != ids.Length) throw new ArgumentException("one id per word", nameof(ids));
        if (!table.IsEmpty && table.Length != words.Length) throw new ArgumentException("one table word per word", nameof(table));
        Words = words;
        Ids = ids;
        Present = present;
        Table = table;
    }

    /// <summary>Optional table word per token, which remembers its word-list memberships; empty when unknown.</summary>
    public ReadOnlySpan<Relata.Events.Coding.TableWord> Table { get; }

    public ReadOnlySpan<string> Words { get; }

    public ReadOnlySpan<int> Ids { get; }

    /// <summary>
    /// Optional record of the <see cref="PatternWords"/> ids that occur in the sentence: lets the matcher skip a
    /// pattern that spells out a word the sentence lacks. Unknown (every pattern tried) by default.
    /// </summary>
    public WordsPresent Present { get; }

    public int Count => Words.Length;
}

/// <summary>
/// The <see cref="PatternWords"/> ids of one sentence: id <c>i</c> occurs when <c>Seen[i] == Generation</c>;
/// <see cref="Mask"/> has the <see cref="Bit"/> of every id that occurs (a quick, inexact "no").
/// </summary>
internal readonly ref struct WordsPresent(ReadOnlySpan<int> seen, int generation, ulong mask = ulong.MaxValue)
{
    private readonly ReadOnlySpan<int> _seen = seen;

    /// <summary>One of 64 bits for a word id: a sentence whose mask lacks it surely lacks the word.</summary>
    public static ulong Bit(int id) => 1UL << (int)((uint)id * 0x9E3779B1u >> 26);

    public ulong Mask { get; } = mask;

    /// <summary>False for the default value, which knows nothing about the sentence.</summary>
    public bool IsKnown { get; } = generation != 0;

    public int Generation { get; } = generation;

    public bool Contains(int id) => (uint)id < (uint)_seen.Length && _seen[id] == Generation;
}
