namespace Relata.Events.Patterns;

/// <summary>The tokens of one sentence as the matcher reads them: their texts and their <see cref="PatternWords"/> ids.</summary>
internal readonly ref struct PatternTokens
{
    public PatternTokens(ReadOnlySpan<string> words, ReadOnlySpan<int> ids)
    {
        if (words.Length != ids.Length) throw new ArgumentException("one id per word", nameof(ids));
        Words = words;
        Ids = ids;
    }

    public ReadOnlySpan<string> Words { get; }

    public ReadOnlySpan<int> Ids { get; }

    public int Count => Words.Length;
}
