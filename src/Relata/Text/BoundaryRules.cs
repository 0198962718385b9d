namespace Relata.Text;

/// <summary>The decision, for one run of terminal punctuation followed by white space, whether a sentence ends there.</summary>
internal static class BoundaryRules
{
    /// <param name="floor">Start of the paragraph; the word before the punctuation is not looked for before it.</param>
    /// <param name="run">First terminal punctuation character.</param>
    /// <param name="runEnd">End of the run of terminal punctuation.</param>
    /// <param name="next">First non-space character after the run and its closing quotes or brackets.</param>
    public static bool IsBoundary(string text, int floor, int run, int runEnd, int next, int end, TextLexicon lexicon)
    {
        int wordStart = next;
        while (wordStart < end && TextChars.IsOpener(text[wordStart])) wordStart++;
        if (wordStart >= end) return true;
        char first = text[wordStart];
        // "…the end?" he asked / "U.S. officials" / "etc. and": a lower-case word continues the sentence.
        if (char.IsLower(first)) return false;
        var nextWord = WordAt(text, wordStart, end);

        if (HasQuestionOrExclamation(text, run, runEnd)) return true;

        if (IsEllipsis(text, run, runEnd))
        {
            if (!char.IsUpper(first)) return false;
            // A free-standing omission mark ("the reality … Moscow") is mid-sentence unless a typical opener follows.
            bool freeStanding = run > floor && TextChars.IsSpace(text[run - 1]);
            return !freeStanding || lexicon.IsSentenceStarter(nextWord);
        }

        var before = WordBefore(text, floor, run);
        if (before.IsEmpty) return true;
        bool nextIsNumber = char.IsDigit(first);
        switch (lexicon.Abbreviation(before))
        {
            case AbbreviationKind.Title or AbbreviationKind.NonTerminal:
                return false;
            case AbbreviationKind.Month:
                return !nextIsNumber && lexicon.IsSentenceStarter(nextWord);
            case AbbreviationKind.BeforeNumber:
                return !nextIsNumber;
            case AbbreviationKind.MayEnd:
                return lexicon.IsSentenceStarter(nextWord);
        }
        if (IsInitial(before) || IsDottedInitialism(before)) return lexicon.IsSentenceStarter(nextWord);
        return !IsInlineListNumber(text, floor, run - before.Length, before);
    }

    /// <summary>"1." in "The steps are: 1. Secure the border. 2. Reopen it.": a short number after a colon or a sentence end.</summary>
    private static bool IsInlineListNumber(string text, int floor, int wordStart, ReadOnlySpan<char> word)
    {
        if (word.Length > 2 || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1])) return false;
        int i = wordStart - 1;
        while (i >= floor && TextChars.IsSpace(text[i])) i--;
        return i < floor || text[i] is ':' or ';' || TextChars.IsTerminator(text[i]);
    }

    private static bool HasQuestionOrExclamation(string text, int run, int runEnd)
    {
        for (int i = run; i < runEnd; i++)
            if (text[i] is '?' or '!' or '\u203D') return true;
        return false;
    }

    private static bool IsEllipsis(string text, int run, int runEnd) =>
        runEnd - run > 1 || text[run] == '\u2026';

    /// <summary>The word right before the period, with inner periods and apostrophes ("U.S", "Ph.D", "Gen").</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int floor, int period)
    {
        int start = period;
        while (start > floor)
        {
            char c = text[start - 1];
            if (!TextChars.IsWordChar(c) && c != '.' && !TextChars.IsApostrophe(c)) break;
            start--;
        }
        while (start < period && !TextChars.IsWordChar(text[start])) start++;
        return text.AsSpan(start, period - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        int i = start;
        while (i < end && TextChars.IsWordChar(text[i])) i++;
        return text.AsSpan(start, i - start);
    }

    /// <summary>"N" in "N. Smith": a single capital letter.</summary>
    internal static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>"U.S", "N.G", "a.m", "Ph.D": letters in groups of one or two separated by periods.</summary>
    internal static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0) return false;
        int group = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (group == 0) return false;
                group = 0;
                continue;
            }
            if (!char.IsLetter(c) || ++group > 2) return false;
        }
        return group > 0;
    }
}
