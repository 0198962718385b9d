using System.Globalization;

namespace Relata.Time.Lexicon;

/// <summary>Reads a number at a token: digits ("70,000", "2.5") or number words ("twenty-five", "a dozen", "two million").</summary>
public static class NumberReader
{
    /// <summary>Digits only (thousands commas and a decimal point allowed). Returns false for dotted dates like "27.12.2016".</summary>
    public static bool TryDigits(ReadOnlySpan<char> s, out double value)
    {
        if (TryWhole(s, out long whole, out bool undecided))
        {
            value = whole;
            return true;
        }
        value = 0;
        if (!undecided) return false;
        int dots = 0;
        Span<char> buffer = stackalloc char[s.Length];
        int n = 0;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (char.IsAsciiDigit(c)) buffer[n++] = c;
            else if (c == '.') { if (++dots > 1) return false; buffer[n++] = '.'; }
            else if (c is ',' or '\u00A0' or '\u202F' or '\u2009')
            {
                // Thousands separator ("70,000", "70 000" with a no-break or thin space) only when exactly three digits follow.
                int run = 0;
                while (k + 1 + run < s.Length && char.IsAsciiDigit(s[k + 1 + run])) run++;
                if (run != 3) return false;
            }
            else return false;
        }
        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Up to nine ASCII digits and nothing else ("2024", "07"), read without the culture-aware parser.</summary>
    public static bool TryAsciiDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) { value = 0; return false; }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary><see cref="TryDigits"/> of a whole number of up to 15 digits, read as an integer (false for any other text).</summary>
    public static bool TryWholeDigits(ReadOnlySpan<char> s, out long value) => TryWhole(s, out value, out _);

    /// <summary>
    /// Most figures are whole numbers ("2019", "70,000"): read them without the general parser, which would give the
    /// same value (every integer of up to 15 digits is exact in a double).
    /// </summary>
    /// <param name="undecided">False when <paramref name="s"/> is surely no number for <see cref="TryDigits"/>; true when the general reading must decide.</param>
    private static bool TryWhole(ReadOnlySpan<char> s, out long value, out bool undecided)
    {
        value = 0;
        undecided = true;
        if (s.IsEmpty || s.Length > 20) return false;
        long n = 0;
        int digits = 0;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (char.IsAsciiDigit(c)) { n = n * 10 + (c - '0'); digits++; }
            else if (c is ',' or '\u00A0' or '\u202F' or '\u2009')
            {
                int run = 0;
                while (k + 1 + run < s.Length && char.IsAsciiDigit(s[k + 1 + run])) run++;
                if (run != 3) { undecided = false; return false; }
            }
            else return false;
        }
        if (digits > 15) return false;
        value = n;
        return true;
    }

    /// <summary>
    /// Number words starting at token <paramref name="i"/>. "a"/"an" count only when <paramref name="allowArticle"/>.
    /// Returns the number of tokens read (0 if none).
    /// </summary>
    public static int TryWords(in SentenceTokens t, int i, TimeLexicon lex, bool allowArticle, out double value)
    {
        value = 0;
        double total = 0, current = 0;
        int k = i;
        bool any = false;
        while (t.IsWord(k))
        {
            var classes = t.Classes[k];
            // Neither a number word, a hyphenated one, a multiplier nor "and": nothing below can read it.
            if ((classes & (WordClass.NumberWord | WordClass.InnerHyphen | WordClass.Multiplier)) == 0 && !(any && t.Word(k).Equals("and", StringComparison.OrdinalIgnoreCase))) break;
            var w = t.Word(k);
            if (!any && !allowArticle && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))) return 0;
            if (any && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))) break;
            if (any && w.Equals("and", StringComparison.OrdinalIgnoreCase) && t.WordHas(k + 1, WordClass.NumberWord)) { k++; continue; }
            if ((classes & WordClass.InnerHyphen) != 0 && TryHyphenated(w, lex, out double h)) { current += h; any = true; k++; continue; }
            if ((classes & WordClass.NumberWord) != 0 && lex.NumberWords.TryGetValue(w, out double v))
            {
                if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase)) current = (current == 0 ? 1 : current) * 12;
                else if (w.Equals("half", StringComparison.OrdinalIgnoreCase)) { if (any) break; current = 0.5; }
                else current += v;
                any = true; k++; continue;
            }
            if (any && (classes & WordClass.Multiplier) != 0 && lex.Multipliers.TryGetValue(w, out double m))
            {
                if (m == 100) current = (current == 0 ? 1 : current) * 100;
                else { total += (current == 0 ? 1 : current) * m; current = 0; }
                k++; continue;
            }
            break;
        }
        if (!any) return 0;
        value = total + current;
        return k - i;
    }

    private static bool TryHyphenated(ReadOnlySpan<char> w, TimeLexicon lex, out double value)
    {
        value = 0;
        int dash = w.IndexOf('-');
        if (dash <= 0) return false;
        if (!lex.NumberWords.TryGetValue(w[..dash], out double a) || !lex.NumberWords.TryGetValue(w[(dash + 1)..], out double b)) return false;
        if (a < 20 || b >= 10) return false;
        value = a + b;
        return true;
    }
}

internal static class WordTableExtensions
{
    public static bool TryGetValue<T>(this WordTable<T> table, ReadOnlySpan<char> word, out T value) => table.TryGet(word, out value);
}
