namespace Relata.Text;

/// <summary>
/// Recognises a note about the author: "&lt;Name&gt; (@handle) is a freelance analyst based in …",
/// "&lt;Name&gt; is a senior fellow at …", "The author is …".
/// </summary>
internal static class BioDetector
{
    private const int MaxNameWords = 6;
    private const int MaxParentheticalLength = 80;
    private const int MaxDescriptionLength = 300;

    public static bool LooksLikeBio(ReadOnlySpan<char> p, ParagraphRoleCues cues)
    {
        if (ParagraphClassifier.StartsWithAny(p, cues.BioPrefixes, "")) return true;
        int i = SkipName(p, cues);
        if (i < 0) return false;
        if (i + 1 < p.Length && p[i] == ' ' && p[i + 1] == '(')
        {
            int close = p[i..].IndexOf(')');
            if (close < 0 || close > MaxParentheticalLength) return false;
            i += close + 1;
        }
        var rest = p[i..];
        // "Jane Doe, a senior fellow at …, writes on …"
        if (rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)
            || rest.StartsWith(", the ", StringComparison.Ordinal))
        {
            var apposition = rest[2..];
            int comma = apposition.IndexOf(',');
            return comma > 0 && ParagraphClassifier.ContainsAny(apposition[..comma], cues.BioProfessions);
        }
        foreach (var verb in cues.BioVerbs)
        {
            if (!rest.StartsWith(verb, StringComparison.Ordinal)) continue;
            var description = FirstSentence(rest[verb.Length..]);
            return ParagraphClassifier.ContainsAny(description, cues.BioProfessions);
        }
        return false;
    }

    /// <summary>End of a personal name of two to six words at the start ("Jane K. Doe", "Omar al Rashid"), or -1.</summary>
    private static int SkipName(ReadOnlySpan<char> p, ParagraphRoleCues cues)
    {
        int i = 0, capitalised = 0, words = 0, nameEnd = -1;
        while (i < p.Length && words < MaxNameWords)
        {
            int wordEnd = i;
            while (wordEnd < p.Length && p[wordEnd] != ' ' && p[wordEnd] != '(' && p[wordEnd] != ',') wordEnd++;
            var word = p[i..wordEnd];
            if (word.IsEmpty) break;
            if (IsNameWord(word)) capitalised++;
            else if (!cues.IsNameParticle(word)) break;
            words++;
            if (capitalised >= 2 && IsNameWord(word)) nameEnd = wordEnd;
            if (wordEnd >= p.Length || p[wordEnd] != ' ') break;
            i = wordEnd + 1;
        }
        return nameEnd;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
            if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '\u2019')) return false;
        return true;
    }

    private static ReadOnlySpan<char> FirstSentence(ReadOnlySpan<char> s)
    {
        if (s.Length > MaxDescriptionLength) s = s[..MaxDescriptionLength];
        int end = s.IndexOf(". ");
        return end < 0 ? s : s[..end];
    }
}
