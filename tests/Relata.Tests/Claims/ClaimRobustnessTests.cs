using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Topics;
using Relata.Claims;

namespace Relata.Tests.Claims;

public sealed class ClaimRobustnessTests
{
    private static readonly RelataPipeline Pipeline =
        new RelataPipelineBuilder().UseSegmentation().UseTopics().UseClaims().Build();

    [Theory]
    [InlineData("")]
    [InlineData("said")]
    [InlineData("According to")]
    [InlineData("according to ,")]
    [InlineData("\"")]
    [InlineData("“ ” “")]
    [InlineData("He said:")]
    [InlineData("\"Unclosed quote, he said. And more text")]
    [InlineData(", said , , said .")]
    [InlineData("and said and said and said that")]
    [InlineData("X, Y, Z, said: “”")]
    [InlineData("The ministry said that.")]
    public void Odd_text_never_throws_and_spans_stay_in_range(string text)
    {
        var analysis = Pipeline.Run(TestDocuments.Text("odd", text, new DocumentMetadata { Author = "A" }));
        foreach (var c in analysis.Claims)
        {
            Assert.InRange(c.ClaimSpan.Start, 0, text.Length);
            Assert.InRange(c.ClaimSpan.End, c.ClaimSpan.Start, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(c.SpeakerText));
        }
    }

    [Fact]
    public void Long_text_runs_in_one_pass()
    {
        string paragraph = "Officials said the convoy with humanitarian aid reached Herat. “We will return next week,” the driver said. " +
                           "Analysts expect opium prices to rise and the railway to open. ";
        string text = string.Concat(Enumerable.Repeat(paragraph + "\n\n", 2000));
        var analysis = Pipeline.Run(TestDocuments.Text("long", text));
        Assert.Equal(6000, analysis.Claims.Count);
        Assert.Equal(4000, analysis.Topics.Count); // the quote sentence names no policy area
        Assert.Equal("c6000", analysis.Claims[^1].Id);
    }
}
