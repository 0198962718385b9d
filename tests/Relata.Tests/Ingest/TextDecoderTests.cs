using System.Text;
using Relata.Ingest;
using Relata.Ingest.Decoding;

namespace Relata.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Russian = "Министр иностранных дел провёл переговоры в Ташкенте о транзитных маршрутах.";
    private const string French = "Le ministre a rencontré ses homologues à Genève pour évoquer la coopération régionale.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decodes_utf8_without_bom()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Russian), "a.txt");
        Assert.Equal(Russian, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Decodes_utf8_with_bom_and_drops_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(French)).ToArray();
        var result = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal(French, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Theory]
    [InlineData(false, true, "utf-16le")]
    [InlineData(true, true, "utf-16be")]
    [InlineData(false, false, "utf-16le")]
    [InlineData(true, false, "utf-16be")]
    public void Decodes_utf16_with_or_without_bom(bool bigEndian, bool withBom, string expected)
    {
        const string text = "Talks in Doha ended on Friday without a joint statement.";
        var encoding = new UnicodeEncoding(bigEndian, withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var result = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal(text, result.Text);
        Assert.Equal(expected, result.EncodingName);
    }

    [Fact]
    public void Falls_back_to_windows_1251_for_cyrillic_bytes()
    {
        var result = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(Russian), "a.txt");
        Assert.Equal(Russian, result.Text);
        Assert.Equal("windows-1251", result.EncodingName);
    }

    [Fact]
    public void Falls_back_to_windows_1252_for_western_bytes()
    {
        var result = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(French + " “Quoted” – dash."), "a.txt");
        Assert.Equal(French + " “Quoted” – dash.", result.Text);
        Assert.Equal("windows-1252", result.EncodingName);
    }

    [Fact]
    public void Uses_a_declared_charset_when_bytes_are_not_utf8()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Russian);
        var result = TextDecoder.Decode(bytes, "a.txt", "koi8-r");
        Assert.Equal(Russian, result.Text);
    }

    [Fact]
    public void Normalises_to_nfc_and_removes_invisible_characters()
    {
        string input = "Cafe\u0301 in Gene\u0300ve: inter\u00ADnational\u200B talks\u2060 resumed\uFEFF.";
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(input), "a.txt");
        Assert.Equal("Café in Genève: international talks resumed.", result.Text);
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalises_line_endings_spaces_and_keeps_paragraph_breaks()
    {
        string input = "  First   line\t here  \r\nsecond line\r\n\r\n\r\n\r\nNew   paragraph\rlast\n\n";
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(input), "a.txt");
        Assert.Equal("First line here\nsecond line\n\nNew paragraph\nlast", result.Text);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode([], "empty.txt"));
        Assert.Equal("empty input", e.Reason);
        Assert.Equal("empty.txt: empty input", e.Message);
    }

    [Fact]
    public void Rejects_whitespace_only_input_as_empty()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \r\n\t \u200B"), "blank.txt"));
        Assert.Equal("empty input", e.Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x21, 0x00, 0x61 })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x43 })]
    public void Rejects_binary_content(byte[] bytes)
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "blob.txt"));
        Assert.Contains("binary", e.Reason);
    }

    [Fact]
    public void Rejects_bytes_undefined_in_both_single_byte_code_pages()
    {
        // 0x98 is undefined in Windows-1251 and 0x81 in Windows-1252: no fallback can read both.
        var bytes = Encoding.ASCII.GetBytes("Report ").Concat(new byte[] { 0x98, 0x81 }).Concat(Encoding.ASCII.GetBytes(" ends")).ToArray();
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "odd.txt"));
        Assert.StartsWith("undecodable", e.Reason);
    }

    [Fact]
    public void Rejects_utf16_with_an_odd_byte_count()
    {
        var bytes = new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42 };
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "odd16.txt"));
        Assert.StartsWith("undecodable", e.Reason);
    }

    [Fact]
    public void Rejects_invalid_bytes_after_a_utf8_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28, 0x42 };
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "bad.txt"));
        Assert.Equal("undecodable text: invalid utf-8", e.Reason);
    }

    [Fact]
    public void Prefers_valid_utf8_over_a_wrong_declared_charset()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Russian), "a.html", "windows-1252");
        Assert.Equal(Russian, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Ignores_an_unknown_declared_charset()
    {
        var result = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(Russian), "a.html", "x-no-such-charset");
        Assert.Equal(Russian, result.Text);
    }
}
