namespace Relata.Text;

/// <summary>Small normalisations of word tokens that later stages share.</summary>
public static class WordForms
{
    /// <summary>"Russia’s" → "Russia", "Taliban's" → "Taliban", "states’" → "states"; other words unchanged.</summary>
    public static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && TextChars.IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 1 && TextChars.IsApostrophe(word[^1]) && word[^2] is 's' or 'S') return word[..^1];
        return word;
    }
}
