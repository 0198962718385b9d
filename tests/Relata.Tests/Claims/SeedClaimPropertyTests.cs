using Relata.Claims;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Topics;
using Xunit.Abstractions;

namespace Relata.Tests.Claims;

/// <summary>General properties over the seed articles beside the checkout (skipped when they are absent).</summary>
public sealed class SeedClaimPropertyTests(ITestOutputHelper output)
{
    private static readonly RelataPipeline Pipeline =
        new RelataPipelineBuilder().UseSegmentation().UseTopics().UseClaims().Build();

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        if (TestPaths.SeedsDirectory is { } dir)
            foreach (var f in Directory.EnumerateFiles(dir, "*.txt").Order()) data.Add(Path.GetFileName(f));
        else data.Add("");
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_yields_well_formed_claims(string seed)
    {
        if (seed.Length == 0 || TestPaths.SeedsDirectory is not { } dir) return;
        string text = File.ReadAllText(Path.Combine(dir, seed));
        var analysis = Pipeline.Run(TestDocuments.Text(seed, text));
        foreach (var c in analysis.Claims)
            output.WriteLine($"{c.Id} s{c.Evidence.Sentence} [{c.SpeakerText}] {c.Cue.Lemma} q={c.Quoted} gen={c.GenericSpeaker} fut={c.Future}: {c.ClaimText}");

        Assert.NotEmpty(analysis.Claims);
        Assert.NotEmpty(analysis.Topics);
        Assert.Equal(analysis.Claims.Select((_, i) => "c" + (i + 1)), analysis.Claims.Select(c => c.Id));
        foreach (var c in analysis.Claims)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.SpeakerText));
            if (!c.GenericSpeaker && !c.AuthorJudgement) Assert.NotNull(c.SpeakerSpan);
            Assert.True(c.ClaimSpan.Length > 0, c.Id);
            Assert.Equal(c.ClaimText, c.ClaimSpan.Slice(text));
            var sentence = analysis.Sentences[c.Evidence.Sentence].Span;
            bool inSentence = c.ClaimSpan.Start >= sentence.Start && c.ClaimSpan.End <= sentence.End;
            Assert.True(inSentence || c.Quoted, $"{c.Id} lies outside its sentence but is not a quote");
            if (c.Quoted)
            {
                var first = analysis.Sentences[c.Evidence.FirstSentence].Span;
                var last = analysis.Sentences[c.Evidence.LastSentence].Span;
                Assert.InRange(c.ClaimSpan.Start, first.Start, first.End);
                Assert.InRange(c.ClaimSpan.End, last.Start, last.End);
            }
            if (c.SpeakerSpan is { } sp && c.Resolution is null)
                Assert.False(sp.Overlaps(c.ClaimSpan), $"{c.Id}: speaker overlaps claim");
            Assert.Null(c.Speaker);
        }
    }
}
