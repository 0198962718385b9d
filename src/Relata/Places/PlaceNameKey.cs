using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Relata.Places;

/// <summary>
/// Folds a place name to its lookup key: lower case, ASCII letters (diacritics dropped), apostrophes
/// removed, every other run of punctuation or space collapsed to one space. "Mazār-e Sharīf" and
/// "Mazar-e-Sharif" both become "mazar e sharif".
/// </summary>
public static class PlaceNameKey
{
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2 + 4] : new char[name.Length * 2 + 4];
        int n = FoldInto(name, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key into <paramref name="into"/> (needs 2 × name length) and returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FoldInto(ReadOnlySpan<char> name, Span<char> into)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            if (raw < 128)
            {
                Append(raw, into, ref n, ref pendingSpace);
                continue;
            }
            switch (raw)
            {
                case '’' or 'ʼ' or 'ʻ' or '‘' or '`' or '´' or 'ʹ' or 'ʿ' or 'ʾ': continue;
                case 'ß': AppendLetters("ss", into, ref n, ref pendingSpace); continue;
                case 'æ' or 'Æ': AppendLetters("ae", into, ref n, ref pendingSpace); continue;
                case 'œ' or 'Œ': AppendLetters("oe", into, ref n, ref pendingSpace); continue;
                case 'þ' or 'Þ': AppendLetters("th", into, ref n, ref pendingSpace); continue;
                case 'ø' or 'Ø': Append('o', into, ref n, ref pendingSpace); continue;
                case 'ł' or 'Ł': Append('l', into, ref n, ref pendingSpace); continue;
                case 'đ' or 'Đ' or 'ð' or 'Ð': Append('d', into, ref n, ref pendingSpace); continue;
                case 'ı': Append('i', into, ref n, ref pendingSpace); continue;
                case 'ħ' or 'Ħ': Append('h', into, ref n, ref pendingSpace); continue;
            }
            var decomposed = Decompose(raw);
            bool any = false;
            foreach (char d in decomposed)
            {
                if (d < 128) { Append(d, into, ref n, ref pendingSpace); any = true; }
                else if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) any = true;
            }
            if (!any)
            {
                if (char.IsLetterOrDigit(raw)) AppendRaw(char.ToLowerInvariant(raw), into, ref n, ref pendingSpace);
                else pendingSpace = n > 0;
            }
        }
        return n;
    }

    // Latin letters with diacritics sit below U+2000; decomposing each once keeps folding allocation-free.
    private static readonly string?[] Decomposed = new string?[0x2000];

    private static string Decompose(char c)
    {
        if (c >= Decomposed.Length) return c.ToString().Normalize(NormalizationForm.FormD);
        return Decomposed[c] ??= c.ToString().Normalize(NormalizationForm.FormD);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AppendLetters(string s, Span<char> into, ref int n, ref bool pendingSpace)
    {
        foreach (char c in s) Append(c, into, ref n, ref pendingSpace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Append(char c, Span<char> into, ref int n, ref bool pendingSpace)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9') AppendRaw(c, into, ref n, ref pendingSpace);
        else if (c is >= 'A' and <= 'Z') AppendRaw((char)(c + 32), into, ref n, ref pendingSpace);
        else if (c == '\'') { }
        else pendingSpace = n > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AppendRaw(char c, Span<char> into, ref int n, ref bool pendingSpace)
    {
        if (pendingSpace) { into[n++] = ' '; pendingSpace = false; }
        into[n++] = c;
    }
}
