using Relata.Time.Lexicon;

namespace Relata.Tests.Time;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("2024", true, 2024)]
    [InlineData("07", true, 7)]
    [InlineData("0", true, 0)]
    [InlineData("123456789", true, 123456789)]
    [InlineData("1234567890", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("-5", false, 0)]
    [InlineData("2O24", false, 0)]
    [InlineData("٢٠٢٤", false, 0)]
    public void Ascii_digits_read_only_plain_digit_strings(string text, bool ok, int expected)
    {
        Assert.Equal(ok, NumberReader.TryAsciiDigits(text, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("70,000", 70000)]
    [InlineData("2019", 2019)]
    [InlineData("1,234,567", 1234567)]
    public void Whole_numbers_read_as_the_general_reader_reads_them(string text, long expected)
    {
        Assert.True(NumberReader.TryWholeDigits(text, out long whole));
        Assert.True(NumberReader.TryDigits(text, out double general));
        Assert.Equal(expected, whole);
        Assert.Equal(expected, general);
    }
}
