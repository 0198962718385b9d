using System.Globalization;
using Relata.Documents;

namespace Relata.Text;

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens with offsets.
/// Keeps together: apostrophes inside words ("Russia's" stays one token — possessives are handled
/// downstream), hyphenated words ("north-south"), dotted abbreviations ("U.S."), and numbers with
/// thousands separators and decimals ("70,000", "2.5").
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, TextSpan span, List<Token> into)
    {
        int i = span.Start, end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                into.Add(new Token(start, i, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                into.Add(new Token(start, i, TokenKind.Word));
            }
            else
            {
                i++;
                var category = char.GetUnicodeCategory(c);
                bool symbol = category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
                    or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
                into.Add(new Token(start, i, symbol ? TokenKind.Symbol : TokenKind.Punctuation));
            }
        }
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c is '\u0301') { i++; continue; }
            bool joiner = c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.';
            if (joiner && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "U.S." and "N.G." keep their dots; a sentence-final "Kabul." does not.
                if (c == '.' && !IsDottedAbbreviation(text, i)) break;
                i++;
                continue;
            }
            if (c == '.' && IsDottedAbbreviation(text, i)) { i++; break; }
            break;
        }
        return i;
    }

    /// <summary>True for the dot in single-letter-dot sequences like "U.S." or "N.G.".</summary>
    private static bool IsDottedAbbreviation(string text, int dot)
    {
        int letterStart = dot - 1;
        if (letterStart < 0 || !char.IsLetter(text[letterStart])) return false;
        bool singleBefore = letterStart == 0 || !char.IsLetter(text[letterStart - 1]) || text[letterStart - 1] == '.';
        if (!singleBefore) return false;
        bool letterAfter = dot + 1 < text.Length && char.IsLetter(text[dot + 1])
            && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]));
        bool afterDottedLetter = letterStart >= 2 && text[letterStart - 1] == '.' && char.IsLetter(text[letterStart - 2]);
        return letterAfter || afterDottedLetter;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            bool separator = c is ',' or '.';
            if (separator && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }
}
