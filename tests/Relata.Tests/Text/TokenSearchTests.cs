using Relata.Documents;
using Relata.Text;

namespace Relata.Tests.Text;

public sealed class TokenSearchTests
{
    [Theory]
    [InlineData("The envoy said talks would resume, and the ministry denied it.")]
    [InlineData("  Leading spaces, commas , and   gaps.  ")]
    [InlineData("One")]
    [InlineData("")]
    public void A_walk_from_any_hint_finds_the_same_token_as_the_binary_search(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        for (int offset = 0; offset <= text.Length + 1; offset++)
            for (int hint = -2; hint <= tokens.Count + 2; hint++)
                Assert.Equal(TokenSearch.FirstAtOrAfter(tokens, offset), TokenSearch.FirstAtOrAfter(tokens, offset, hint));
    }

    [Theory]
    [InlineData("The envoy arrived on Monday. Talks began at once, and a deal followed.")]
    [InlineData("One.  Two!   Three?")]
    public void Token_at_an_offset_is_the_same_whichever_sentence_is_searched_first(string text)
    {
        var analysis = new Relata.Pipeline.DocumentAnalysis(new Document("d", "test://d", "txt", text, DocumentMetadata.Empty, "", ""));
        new SegmentationStage().Process(analysis);
        foreach (var sentence in analysis.Sentences)
            for (int offset = -1; offset <= text.Length; offset++)
                Assert.Equal(analysis.TokenIndexAt(offset), analysis.TokenIndexAt(offset, sentence));
    }

    [Theory]
    [InlineData("The envoy arrived on Monday. Talks began at once, and a deal followed.")]
    [InlineData("One.  Two!   Three?\n\nA new paragraph. And its end.")]
    public void Sentence_at_an_offset_is_the_same_whichever_sentence_is_tried_first(string text)
    {
        var analysis = new Relata.Pipeline.DocumentAnalysis(new Document("d", "test://d", "txt", text, DocumentMetadata.Empty, "", ""));
        new SegmentationStage().Process(analysis);
        for (int hint = -2; hint <= analysis.Sentences.Count + 1; hint++)
            for (int offset = -1; offset <= text.Length; offset++)
            {
                var expected = analysis.SentenceAt(offset);
                Assert.Same(expected, analysis.SentenceAt(offset, hint));
                Assert.Equal(expected?.Index ?? -1, analysis.SentenceIndexAt(offset, hint));
            }
    }
}
