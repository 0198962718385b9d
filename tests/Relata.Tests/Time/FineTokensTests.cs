using Relata.Documents;
using Relata.Text;
using Relata.Time.Lexicon;

namespace Relata.Tests.Time;

public class FineTokensTests
{
    private static string Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var fine = new List<Token>();
        FineTokens.Append(text, tokens, 0, tokens.Count, fine);
        return string.Join(" | ", fine.Select(t => $"{text[t.Start..t.End]}:{t.Kind}"));
    }

    [Theory]
    [InlineData("10:30", "10:Number | ::Punctuation | 30:Number")]
    [InlineData("50%", "50:Number | %:Symbol")]
    [InlineData("2.5%", "2.5:Number | %:Symbol")]
    [InlineData("2010s", "2010:Number | s:Word")]
    [InlineData("19th", "19:Number | th:Word")]
    [InlineData("Dec. 27", "Dec:Word | .:Punctuation | 27:Number")]
    [InlineData("mid-2019", "mid:Word | -:Punctuation | 2019:Number")]
    [InlineData("mid-1990s", "mid:Word | -:Punctuation | 1990:Number | s:Word")]
    [InlineData("2024-W05", "2024:Number | -:Punctuation | W05:Word")]
    [InlineData("18-year-old", "18:Number | -:Punctuation | year-old:Word")]
    [InlineData("70,000", "70,000:Number")]
    [InlineData("five-year", "five-year:Word")]
    [InlineData("U.S.", "U.S.:Word")]
    [InlineData("https://example.org/2024/05/12/story", "https://example.org/2024/05/12/story:Url")]
    [InlineData("desk@example.org", "desk@example.org:Email")]
    public void Splits_tokens_at_the_seams_the_matchers_read(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Fact]
    public void Keeps_the_offsets_of_the_text()
    {
        const string text = "Talks resumed on Dec. 27 at 10:30, after a 50% cut in the mid-2010s.";
        var tokens = Tokenizer.Tokenize(text);
        var fine = new List<Token>();
        FineTokens.Append(text, tokens, 0, tokens.Count, fine);
        Assert.True(fine.Count > tokens.Count);
        for (int k = 1; k < fine.Count; k++) Assert.True(fine[k - 1].End <= fine[k].Start);
        Assert.Equal(tokens[0].Start, fine[0].Start);
        Assert.Equal(tokens[^1].End, fine[^1].End);
    }
}
