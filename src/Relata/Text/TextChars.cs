using System.Globalization;
using System.Runtime.CompilerServices;

namespace Relata.Text;

/// <summary>Character classes shared by the paragraph, sentence and token scanners.</summary>
internal static class TextChars
{
    // The scanners ask this of every character: the ASCII test is inlined, the rest is a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t'
        : c >= '\u0080' && IsNonAsciiSpace(c);

    private static bool IsNonAsciiSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Sentence-final punctuation.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203D';

    /// <summary>Marks that may close a quotation or bracket right after sentence-final punctuation.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    /// <summary>Marks that may open a quotation or bracket before the first word of a sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '(' or '[' or '{';

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>Letters, digits and combining marks: the body of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>True for symbol characters that make a Symbol token rather than a Punctuation one.</summary>
    public static bool IsSymbol(char c)
    {
        if (c is '%' or '\u2030' or '\u00B0') return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
    }
}
