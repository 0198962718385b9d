using System.Text;

namespace Relata.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a text input into a normalised string: detects UTF-8 (with or without BOM),
/// UTF-16 LE/BE (BOM, or the NUL pattern of mostly-ASCII text), else falls back to a stated charset or
/// to the more plausible of Windows-1251 and Windows-1252.
/// </summary>
public static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;

    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes and normalises (<see cref="TextNormalizer"/>).</summary>
    /// <param name="declaredCharset">Charset named by the transport or document (HTTP header, meta, XML declaration), if any.</param>
    /// <exception cref="InputException">Empty, binary or undecodable input.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string inputName, string? declaredCharset = null)
    {
        var raw = DecodeRaw(bytes, inputName, declaredCharset);
        var text = TextNormalizer.Normalize(raw.Text);
        if (text.Length == 0)
            throw new InputException(inputName, "empty input");
        return raw with { Text = text };
    }

    /// <summary>Decodes without normalising (readers that parse markup need the raw characters).</summary>
    public static DecodedText DecodeRaw(ReadOnlySpan<byte> bytes, string inputName, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
            throw new InputException(inputName, "empty input");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(new UTF8Encoding(false, true), bytes[3..], "utf-8", inputName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le", inputName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be", inputName);

        switch (Utf16Sniffer.Detect(bytes))
        {
            case Utf16Sniffer.Result.LittleEndian:
                return Strict(new UnicodeEncoding(false, false, true), bytes, "utf-16le", inputName);
            case Utf16Sniffer.Result.BigEndian:
                return Strict(new UnicodeEncoding(true, false, true), bytes, "utf-16be", inputName);
        }

        if (LooksBinary(bytes))
            throw new InputException(inputName, "binary content, not text");

        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new DecodedText(System.Text.Encoding.UTF8.GetString(bytes), "utf-8");

        if (TryDeclared(declaredCharset) is { } declared)
            return Strict(declared, bytes, declared.WebName, inputName);

        return SingleByteGuesser.Decode(bytes)
               ?? throw new InputException(inputName, "undecodable text (not UTF-8, UTF-16, Windows-1251 or Windows-1252)");
    }

    private static DecodedText Strict(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes, string name, string inputName)
    {
        try
        {
            var strict = System.Text.Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (encoding is UnicodeEncoding && bytes.Length % 2 != 0)
                throw new DecoderFallbackException("odd byte count");
            return new DecodedText(strict.GetString(bytes), name);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(inputName, $"undecodable text: invalid {name}", e);
        }
    }

    private static System.Text.Encoding? TryDeclared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        try
        {
            var encoding = System.Text.Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
            // A declared UTF-8/UTF-16 that failed validation is a wrong declaration: fall back to guessing.
            return encoding is UTF8Encoding or UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>NUL bytes, or more than 1% C0 control bytes other than tab, line breaks and form feed.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SampleBytes ? bytes[..SampleBytes] : bytes;
        int controls = 0;
        foreach (byte b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1A)) controls++;
        }
        return controls > sample.Length / 100;
    }
}
