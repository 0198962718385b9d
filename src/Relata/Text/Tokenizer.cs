using Relata.Documents;

namespace Relata.Text;

/// <summary>
/// Splits text into tokens with offsets in one linear pass, without regular expressions.
/// Keeps together: words with inner apostrophes ("Russia’s" — possessives are stripped downstream),
/// hyphenated compounds ("north-south", "F-16"), dotted abbreviations with their period ("U.S.", "Gen."),
/// numbers with separators, decimals and percent ("70,000", "2.5", "50%", "1990s", "19th"),
/// URLs, e-mail addresses and @handles. Currency signs are Symbol tokens; quotes and dashes are Punctuation.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, TextSpan span, List<Token> into) =>
        Tokenize(text, span, TextLexicon.Default, into);

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, new TextSpan(0, text.Length), TextLexicon.Default, tokens);
        return tokens;
    }

    public static void Tokenize(string text, TextSpan span, TextLexicon lexicon, List<Token> into)
    {
        int i = span.Start, end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (TextChars.IsSpace(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            // Most tokens are plain words: an ASCII letter that cannot open a URL goes straight to the word scanner.
            if (char.IsAsciiLetter(c) && c is not ('h' or 'H' or 'w' or 'W' or 'f' or 'F'))
                i = ScanWordToken(text, i, end, lexicon, out kind);
            else if (TextChars.IsWordChar(c))
            {
                if (char.IsDigit(c)) i = ScanNumber(text, i, end, out kind);
                else if (UrlScanner.TryScan(text, i, end, out int urlEnd)) { i = urlEnd; kind = TokenKind.Url; }
                else i = ScanWordToken(text, i, end, lexicon, out kind);
            }
            else if (c == '@' && i + 1 < end && IsHandleChar(text[i + 1]))
            {
                i++;
                while (i < end && IsHandleChar(text[i])) i++;
                kind = TokenKind.Handle;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                i = ScanPunctuation(text, i, end);
                kind = TextChars.IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
            }
            into.Add(new Token(start, i, kind));
        }
    }

    private static int ScanWordToken(string text, int start, int end, TextLexicon lexicon, out TokenKind kind)
    {
        kind = TokenKind.Word;
        int i = ScanWord(text, start, end);
        if (i < end && text[i] == '@' && UrlScanner.TryScanDomain(text, i + 1, end, out int domainEnd))
        {
            kind = TokenKind.Email;
            return domainEnd;
        }
        if (i < end && text[i] == '.' && KeepsPeriod(text, start, i, end, lexicon)) i++;
        return i;
    }

    /// <summary>Letters and digits, joined across apostrophes, hyphens, periods and underscores that sit between word characters.</summary>
    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (TextChars.IsWordChar(c)) { i++; continue; }
            if (i + 1 >= end) break;
            char next = text[i + 1];
            bool joins = TextChars.IsApostrophe(c) || c == '.' || c == '\u00AD'
                ? char.IsLetter(next)
                : (TextChars.IsHyphen(c) || c == '_') && TextChars.IsWordChar(next);
            if (!joins) break;
            i += 2;
        }
        return i;
    }

    /// <summary>The period after "U.S", "N", "Gen" or "e.g" belongs to the token; after an ordinary word it ends the sentence.</summary>
    private static bool KeepsPeriod(string text, int start, int period, int end, TextLexicon lexicon)
    {
        if (period + 1 < end && TextChars.IsWordChar(text[period + 1])) return false;
        var word = text.AsSpan(start, period - start);
        if (BoundaryRules.IsInitial(word) || BoundaryRules.IsDottedInitialism(word)) return true;
        return lexicon.Abbreviation(word) switch
        {
            AbbreviationKind.None => false,
            // "No. 5" keeps its period; "said no." does not.
            AbbreviationKind.BeforeNumber => NextIsDigit(text, period + 1, end),
            _ => true,
        };
    }

    private static bool NextIsDigit(string text, int i, int end)
    {
        while (i < end && TextChars.IsSpace(text[i])) i++;
        return i < end && char.IsDigit(text[i]);
    }

    private static int ScanNumber(string text, int i, int end, out TokenKind kind)
    {
        kind = TokenKind.Number;
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if (c is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1])) { i += 2; continue; }
            // "70 000" with a no-break or thin space as thousands separator.
            if (c is '\u00A0' or '\u202F' or '\u2009' && IsDigitGroup(text, i + 1, end)) { i += 4; continue; }
            // "10:30"
            if (c == ':' && IsTwoDigitGroup(text, i + 1, end)) { i += 3; continue; }
            break;
        }
        if (i >= end) return i;
        char after = text[i];
        if (after is '%' or '\u2030') return i + 1;
        if (char.IsLetter(after))
        {
            int letters = i;
            while (letters < end && char.IsLetter(text[letters])) letters++;
            bool standsAlone = letters >= end || !TextChars.IsWordChar(text[letters]);
            if (standsAlone && (IsOrdinalSuffix(text.AsSpan(i, letters - i)) || IsDecade(text, start, i, letters))) return letters;
            return i;
        }
        // "18-year-old", "2.5-billion": a number that opens a hyphenated compound is a word.
        if (TextChars.IsHyphen(after) && i + 1 < end && char.IsLetter(text[i + 1]))
        {
            kind = TokenKind.Word;
            return ScanWord(text, i, end);
        }
        return i;
    }

    private static bool IsDigitGroup(string text, int i, int end) =>
        i + 2 < end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 >= end || !char.IsDigit(text[i + 3]));

    private static bool IsTwoDigitGroup(string text, int i, int end) =>
        i + 1 < end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && (i + 2 >= end || !char.IsDigit(text[i + 2]));

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Length == 2 && (s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase));

    /// <summary>"1990s", "80s".</summary>
    private static bool IsDecade(string text, int start, int digitsEnd, int lettersEnd) =>
        lettersEnd - digitsEnd == 1 && text[digitsEnd] == 's' && (digitsEnd - start is 2 or 4) && text[digitsEnd - 1] == '0';

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>One punctuation character, or a run of periods ("...") or hyphens ("--").</summary>
    private static int ScanPunctuation(string text, int i, int end)
    {
        char c = text[i++];
        if (c is '.' or '-')
            while (i < end && text[i] == c) i++;
        return i;
    }
}
