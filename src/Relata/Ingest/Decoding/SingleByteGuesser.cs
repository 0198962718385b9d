using System.Text;

namespace Relata.Ingest.Decoding;

/// <summary>
/// Chooses between Windows-1251 and Windows-1252 for bytes that are not UTF-8. Cyrillic text decoded as
/// 1251 forms whole words of non-ASCII letters; Western text decoded as 1252 has its accented letters
/// inside mostly-ASCII words. Whichever reading gives more "whole non-ASCII words" is taken as 1251.
/// </summary>
internal static class SingleByteGuesser
{
    private static readonly System.Text.Encoding Cp1251 =
        System.Text.Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly System.Text.Encoding Cp1252 =
        System.Text.Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        string? cyrillic = TryGet(Cp1251, bytes);
        string? western = TryGet(Cp1252, bytes);
        if (cyrillic is null && western is null) return null;
        if (cyrillic is null) return new DecodedText(western!, "windows-1252");
        if (western is null) return new DecodedText(cyrillic, "windows-1251");
        return CyrillicScore(cyrillic) > 0.5
            ? new DecodedText(cyrillic, "windows-1251")
            : new DecodedText(western, "windows-1252");
    }

    /// <summary>Share of Cyrillic letters that sit in words made mostly of Cyrillic letters.</summary>
    internal static double CyrillicScore(string text)
    {
        int cyrillicTotal = 0, cyrillicInCyrillicWords = 0, wordCyr = 0, wordLen = 0;
        foreach (char c in text.AsSpan())
        {
            if (char.IsLetter(c))
            {
                wordLen++;
                if (c is >= '\u0400' and <= '\u04FF') wordCyr++;
                continue;
            }
            Flush();
        }
        Flush();
        return cyrillicTotal == 0 ? 0 : (double)cyrillicInCyrillicWords / cyrillicTotal;

        void Flush()
        {
            cyrillicTotal += wordCyr;
            if (wordCyr * 2 > wordLen) cyrillicInCyrillicWords += wordCyr;
            wordCyr = wordLen = 0;
        }
    }

    private static string? TryGet(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        string text;
        try { text = encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
        // The code-page tables map undefined bytes to C1 controls: such a reading is wrong.
        return text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0 ? null : text;
    }
}
