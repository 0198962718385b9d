using Relata.Documents;

namespace Relata.Text;

/// <summary>
/// Gives each paragraph a <see cref="ParagraphRole"/> from its shape, its opening words and its position:
/// author bios, acknowledgements and disclaimers are only looked for near the start or end of the text.
/// </summary>
public static class ParagraphClassifier
{
    /// <summary>How many paragraphs at the end of a text may hold the author's bio, thanks or a disclaimer.</summary>
    private const int TailWindow = 6;
    private const int HeadWindow = 3;
    private const int MaxHeadingLength = 150;
    private const int MaxHeadingWords = 16;
    private const int MaxBylineWords = 14;
    private const int MaxBylineLength = 160;
    private const int MaxCaptionWords = 60;

    public static ParagraphRole[] Classify(string text, IReadOnlyList<TextSpan> paragraphs) =>
        Classify(text, paragraphs, ParagraphRoleCues.Default);

    public static ParagraphRole[] Classify(string text, IReadOnlyList<TextSpan> paragraphs, ParagraphRoleCues cues)
    {
        int count = paragraphs.Count;
        var roles = new ParagraphRole[count];
        for (int i = 0; i < count; i++)
        {
            bool head = i < HeadWindow, tail = i >= count - TailWindow;
            roles[i] = ClassifyAlone(text, paragraphs[i], head, tail, cues);
        }
        MarkBiosAfterBylines(text, paragraphs, roles, cues);
        MarkBiosAtTheEnd(text, paragraphs, roles, cues);
        return roles;
    }

    private static void MarkBiosAfterBylines(string text, IReadOnlyList<TextSpan> paragraphs, ParagraphRole[] roles, ParagraphRoleCues cues)
    {
        for (int i = 1; i < roles.Length; i++)
        {
            if (roles[i] != ParagraphRole.Body) continue;
            bool afterBioHeading = roles[i - 1] == ParagraphRole.Heading
                && paragraphs[i - 1].Slice(text).StartsWith("About the author", StringComparison.OrdinalIgnoreCase);
            bool afterByline = roles[i - 1] == ParagraphRole.Byline && BioDetector.LooksLikeBio(paragraphs[i].Slice(text), cues);
            if (afterBioHeading || afterByline) roles[i] = ParagraphRole.AuthorBio;
        }
    }

    /// <summary>
    /// Walks the last paragraphs backwards: a bio is only accepted when no article text follows it (captions,
    /// headings, thanks and page furniture may), and pronoun-led paragraphs right after it continue it.
    /// </summary>
    private static void MarkBiosAtTheEnd(string text, IReadOnlyList<TextSpan> paragraphs, ParagraphRole[] roles, ParagraphRoleCues cues)
    {
        var continuations = new List<int>();
        for (int i = roles.Length - 1; i >= Math.Max(0, roles.Length - TailWindow); i--)
        {
            if (roles[i] != ParagraphRole.Body) continue;
            var paragraph = paragraphs[i].Slice(text);
            if (BioDetector.LooksLikeBio(paragraph, cues))
            {
                roles[i] = ParagraphRole.AuthorBio;
                foreach (int c in continuations) roles[c] = ParagraphRole.AuthorBio;
                continuations.Clear();
            }
            else if (StartsWithAny(paragraph, cues.BioPronouns, " "))
            {
                continuations.Add(i);
            }
            else
            {
                return;
            }
        }
    }

    private static ParagraphRole ClassifyAlone(string text, TextSpan span, bool head, bool tail, ParagraphRoleCues cues)
    {
        int marker = ListMarker.Length(text, span);
        var content = text.AsSpan(span.Start + marker, span.Length - marker);
        bool edge = head || tail;
        if (marker > 0)
            return (edge || text[span.Start] == '*') && cues.HasDisclaimerCue(content) ? ParagraphRole.Disclaimer : ParagraphRole.Bullet;
        if (IsCaption(content, cues)) return ParagraphRole.Caption;
        if (StartsWithAny(content, cues.BoilerplatePrefixes, "")) return ParagraphRole.Boilerplate;
        if (IsByline(content, cues)) return ParagraphRole.Byline;
        if (tail && StartsWithAny(content, cues.AcknowledgementPrefixes, "")) return ParagraphRole.Acknowledgement;
        if (edge && cues.HasDisclaimerCue(content)) return ParagraphRole.Disclaimer;
        if (IsHeading(content) || IsMarkdownHeading(content)) return ParagraphRole.Heading;
        return ParagraphRole.Body;
    }

    private static bool IsCaption(ReadOnlySpan<char> p, ParagraphRoleCues cues)
    {
        if (StartsWithAny(p, cues.CaptionPrefixes, "")) return true;
        if (p.IsEmpty || p[^1] != ')' || CountWords(p) > MaxCaptionWords) return false;
        int open = p.LastIndexOf('(');
        if (open < 0) return false;
        var bracket = p[open..];
        foreach (var word in cues.CaptionBracketWords)
            if (bracket.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsByline(ReadOnlySpan<char> p, ParagraphRoleCues cues)
    {
        if (p.Length > MaxBylineLength || p[^1] is '.' or ',' or ';') return false;
        foreach (var prefix in cues.BylinePrefixes)
        {
            var key = prefix.TrimEnd();
            if (!p.StartsWith(key, StringComparison.OrdinalIgnoreCase) || CountWords(p) > MaxBylineWords) continue;
            var rest = p[key.Length..];
            if (rest.IsEmpty) return key.EndsWith(':');
            if (!TextChars.IsSpace(rest[0])) continue;
            rest = rest.TrimStart();
            if (!rest.IsEmpty && char.IsUpper(rest[0])) return true;
        }
        return false;
    }

    /// <summary>"## Section" left over from Markdown.</summary>
    private static bool IsMarkdownHeading(ReadOnlySpan<char> p)
    {
        int hashes = 0;
        while (hashes < p.Length && p[hashes] == '#') hashes++;
        return hashes is > 0 and <= 6 && hashes < p.Length && p[hashes] == ' ' && p.Length <= MaxHeadingLength;
    }

    /// <summary>A short line that does not end like a sentence: "Global Rivalry", "What Is at Stake?", "Key points:".</summary>
    internal static bool IsHeading(ReadOnlySpan<char> p)
    {
        if (p.IsEmpty || p.Length > MaxHeadingLength) return false;
        if (!char.IsUpper(p[0]) && !char.IsDigit(p[0]) && !TextChars.IsOpener(p[0])) return false;
        int words = CountWords(p);
        if (words > MaxHeadingWords) return false;
        int last = p.Length - 1;
        while (last > 0 && TextChars.IsCloser(p[last])) last--;
        char end = p[last];
        if (end is '.' or ',' or ';' or '\u2026') return false;
        if (end == ':' && words > 6) return false;
        if (end is '?' or '!' && CapitalisedShare(p) < 0.6) return false;
        for (int i = 0; i + 1 < p.Length; i++)
            if (TextChars.IsTerminator(p[i]) && p[i + 1] == ' ' && i + 2 < p.Length && char.IsUpper(p[i + 2]) && !IsAbbreviationBefore(p, i))
                return false;
        return true;
    }

    private static bool IsAbbreviationBefore(ReadOnlySpan<char> p, int period)
    {
        int start = period;
        while (start > 0 && p[start - 1] != ' ') start--;
        var word = p[start..period];
        return p[period] == '.' && (BoundaryRules.IsInitial(word) || BoundaryRules.IsDottedInitialism(word)
            || TextLexicon.Default.Abbreviation(word) != AbbreviationKind.None);
    }

    /// <summary>Share of words of four or more letters that start with a capital (title case).</summary>
    private static double CapitalisedShare(ReadOnlySpan<char> p)
    {
        int long_ = 0, capitalised = 0;
        foreach (var range in p.Split(' '))
        {
            var word = p[range].Trim("\"'“”‘’()?!:");
            if (word.Length < 4) continue;
            long_++;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return long_ == 0 ? 1 : (double)capitalised / long_;
    }

    internal static int CountWords(ReadOnlySpan<char> p)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in p)
        {
            bool space = TextChars.IsSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    internal static bool StartsWithAny(ReadOnlySpan<char> p, IReadOnlyList<string> prefixes, string after)
    {
        if (p.IsEmpty) return false;
        char first = Lower(p[0]);
        foreach (var prefix in prefixes)
            if (prefix.Length > 0 && Lower(prefix[0]) == first && p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && p[prefix.Length..].StartsWith(after, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>char.ToLowerInvariant without its culture-data call for ASCII.</summary>
    private static char Lower(char c) => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    internal static bool ContainsAny(ReadOnlySpan<char> p, IReadOnlyList<string> cues)
    {
        foreach (var cue in cues)
            if (p.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
