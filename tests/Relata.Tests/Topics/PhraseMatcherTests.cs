using Relata.Documents;
using Relata.Text;
using Relata.Topics;

namespace Relata.Tests.Topics;

public sealed class PhraseMatcherTests
{
    private static int[] Map(PhraseMatcher<string> matcher, string text, List<Token> tokens)
    {
        var ids = new int[tokens.Count];
        matcher.MapTokens(text, tokens, 0, tokens.Count, ids);
        return ids;
    }

    private static PhraseMatcher<string> Matcher(bool stem, params string[] phrases)
    {
        var matcher = new PhraseMatcher<string>(stem);
        foreach (var p in phrases) matcher.Add(p, p);
        return matcher;
    }

    [Theory]
    [InlineData("Ceasefire TALKS resumed", false, "talks", 1)]
    [InlineData("The envoy’s visit ended", false, "envoy's", 1)]
    [InlineData("Élysée officials spoke", false, "élysée", 0)]
    [InlineData("Poppies were planted", true, "poppy", 0)]
    [InlineData("Sanctioned banks appealed", true, "sanctions", 0)]
    public void Maps_a_token_to_the_phrase_word_it_normalises_to(string text, bool stem, string phrase, int token)
    {
        var matcher = Matcher(stem, phrase);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);

        var ids = Map(matcher, text, tokens);

        Assert.True(ids[token] >= 0);
        Assert.True(matcher.TryMatchAt(ids, token, out var match));
        Assert.Equal(phrase, match.Values[0]);
    }

    [Fact]
    public void Follows_a_token_list_refilled_in_place()
    {
        const string text = "talks resumed quickly";
        var matcher = Matcher(stem: false, "resumed");
        var tokens = new List<Token> { new(0, 5, TokenKind.Word), new(6, 13, TokenKind.Word), new(14, 21, TokenKind.Word) };
        Assert.Equal(new[] { -1, 0, -1 }, Map(matcher, text, tokens).Select(id => id >= 0 ? 0 : -1));

        // Same text, same number of tokens, other words: ids must not come from the first mapping.
        tokens[1] = new Token(14, 21, TokenKind.Word);
        tokens[2] = new Token(6, 13, TokenKind.Word);
        Assert.Equal(new[] { -1, -1, 0 }, Map(matcher, text, tokens).Select(id => id >= 0 ? 0 : -1));
    }

    [Fact]
    public void Maps_two_texts_alternately_without_mixing_their_words()
    {
        var matcher = Matcher(stem: true, "border crossing");
        const string a = "The border crossing reopened", b = "Crossing the river was hard";
        var ta = new List<Token>();
        var tb = new List<Token>();
        Tokenizer.Tokenize(a, new TextSpan(0, a.Length), ta);
        Tokenizer.Tokenize(b, new TextSpan(0, b.Length), tb);

        for (int round = 0; round < 2; round++)
        {
            Assert.True(matcher.TryMatchAt(Map(matcher, a, ta), 1, out var found));
            Assert.Equal(2, found.TokenCount);
            Assert.False(matcher.TryMatchAt(Map(matcher, b, tb), 0, out _));
        }
    }
}
