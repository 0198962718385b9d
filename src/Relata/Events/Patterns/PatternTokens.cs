namespace Relata.Events.Patterns;

/// <summary>The tokens of one sentence as the matcher reads them: their texts and their <see cref="PatternWords"/> ids.</summary>
internal readonly ref struct PatternTokens
{
    public PatternTokens(ReadOnlySpan<string> words, ReadOnlySpan<int> ids, ReadOnlySpan<ulong> present = default)
    {
        if (words.Length != ids.Length) throw new ArgumentException("one id per word", nameof(ids));
        Words = words;
        Ids = ids;
        Present = present;
    }

    public ReadOnlySpan<string> Words { get; }

    public ReadOnlySpan<int> Ids { get; }

    /// <summary>
    /// Optional bitset of the <see cref="PatternWords"/> ids that occur in the sentence (bit <c>id</c> set): lets the
    /// matcher skip a pattern that spells out a word the sentence lacks. Empty when unknown.
    /// </summary>
    public ReadOnlySpan<ulong> Present { get; }

    public int Count => Words.Length;
}
