using Relata.Claims;
using Relata.Documents;
using Relata.Text;

namespace Relata.Tests.Claims;

public sealed class TokenWalkTests
{
    [Theory]
    [InlineData("The envoy said talks would resume, and the ministry denied it.")]
    [InlineData("  Leading spaces, commas , and   gaps.  ")]
    [InlineData("One")]
    [InlineData("")]
    public void Finds_the_same_token_as_a_binary_search_from_any_hint(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        for (int offset = 0; offset <= text.Length + 1; offset++)
            for (int hint = -2; hint <= tokens.Count + 2; hint++)
                Assert.Equal(TokenSearch.FirstAtOrAfter(tokens, offset), TokenWalk.FirstAtOrAfter(tokens, offset, hint));
    }
}
