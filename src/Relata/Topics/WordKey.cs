namespace Relata.Topics;

/// <summary>
/// Turns a word token into the key lexicons are matched on: lower-cased, without possessive
/// "'s" or hyphens, and (when stemming) without simple English inflection, so that
/// "poppies"/"poppy", "sanctioned"/"sanctions" and "recognize"/"recognise" meet.
/// Stems are only keys: lexicon terms go through the same function, so they need not be words.
/// </summary>
public static class WordKey
{
    public const int MaxLength = 64;

    public static int Normalize(ReadOnlySpan<char> word, Span<char> into, bool stem)
    {
        int n = 0;
        foreach (char raw in word)
        {
            if (raw is '-' or '\u2010' or '\u2011') continue;
            if (n == into.Length) break;
            into[n++] = raw < 0x80 ? (char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : raw)
                // Latin-1 capitals À–Þ (not ×) lower by 0x20, as Unicode maps them: no call into ICU for accented names.
                : raw < 0x100 ? (raw is >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(raw + 0x20) : raw)
                : raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
        }
        if (n > 2 && into[n - 1] == 's' && into[n - 2] == '\'') n -= 2;
        else if (n > 1 && into[n - 1] == '\'') n--;
        return stem ? Stem(into, n) : n;
    }

    public static string Normalize(string word, bool stem)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int n = Normalize(word, buffer, stem);
        return new string(buffer[..n]);
    }

    internal static int Stem(Span<char> w, int n)
    {
        if (n <= 3) return n;
        if (n > 4 && EndsWith(w, n, "ies")) { n -= 3; w[n++] = 'y'; }
        else if (EndsWith(w, n, "sses")) n -= 2;
        else if (EndsWith(w, n, "ss") || EndsWith(w, n, "us") || EndsWith(w, n, "is")) { }
        else if (w[n - 1] == 's') n--;

        bool verbal = false;
        if (n > 5 && EndsWith(w, n, "ing")) { n -= 3; verbal = true; }
        else if (n > 4 && EndsWith(w, n, "ed")) { n -= 2; verbal = true; }
        if (verbal && n > 3 && w[n - 1] == w[n - 2] && w[n - 1] is not ('l' or 's' or 'z')) n--;
        if (n > 3 && w[n - 1] == 'e') n--;
        if (n > 3 && w[n - 1] == 'z' && w[n - 2] == 'i') w[n - 1] = 's';
        return n;
    }

    private static bool EndsWith(Span<char> w, int n, string suffix) =>
        n >= suffix.Length && w[(n - suffix.Length)..n].SequenceEqual(suffix);
}
