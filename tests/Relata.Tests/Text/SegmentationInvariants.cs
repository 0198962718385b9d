using Relata.Pipeline;

namespace Relata.Tests.Text;

/// <summary>Properties every segmentation must have, whatever the text.</summary>
internal static class SegmentationInvariants
{
    public static void Check(DocumentAnalysis analysis)
    {
        string text = analysis.Text;
        int previousSentenceEnd = 0, nextToken = 0;
        foreach (var sentence in analysis.Sentences)
        {
            var span = sentence.Span;
            Assert.True(span.Start >= previousSentenceEnd && span.End > span.Start, $"sentence {sentence.Index} overlaps or is empty");
            Assert.Equal(text.Substring(span.Start, span.Length), sentence.Text);
            Assert.False(char.IsWhiteSpace(sentence.Text[0]) || char.IsWhiteSpace(sentence.Text[^1]), $"sentence {sentence.Index} is not trimmed");
            Assert.True(analysis.Paragraphs[sentence.Paragraph].Span.Start <= span.Start
                && span.End <= analysis.Paragraphs[sentence.Paragraph].Span.End, $"sentence {sentence.Index} leaves its paragraph");
            Assert.Equal(nextToken, sentence.FirstToken);
            foreach (var token in analysis.TokensOf(sentence))
                Assert.True(span.Start <= token.Start && token.End <= span.End, $"token at {token.Start} leaves sentence {sentence.Index}");
            Assert.Same(sentence, analysis.SentenceAt(span.Start));
            Assert.Same(sentence, analysis.SentenceAt(span.End - 1));
            nextToken += sentence.TokenCount;
            previousSentenceEnd = span.End;
        }
        Assert.Equal(analysis.Tokens.Count, nextToken);
        for (int i = 1; i < analysis.Tokens.Count; i++)
            Assert.True(analysis.Tokens[i].Start >= analysis.Tokens[i - 1].End);
        for (int i = 1; i < analysis.Paragraphs.Count; i++)
            Assert.True(analysis.Paragraphs[i].Span.Start >= analysis.Paragraphs[i - 1].Span.End);
    }
}
