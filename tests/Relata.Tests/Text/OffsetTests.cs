using Relata.Documents;

namespace Relata.Tests.Text;

public class OffsetTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Word")]
    [InlineData("Ends without punctuation")]
    [InlineData("Heading\n\nMaj. Gen. N.G. Stoletov went to Kabul. “Is it over?” he asked.\n- A bullet\n1. Numbered.\n")]
    [InlineData("Emoji 🙂 and surrogates 𝔘 stay whole. Next (open bracket never closed. Still going. And more.")]
    [InlineData("\"Unbalanced quote. Another sentence.\" Done. ‘Single quotes.’ Then.")]
    [InlineData("Trailing punctuation only ... !!! ??? ...")]
    [InlineData("Tabs\tand\u00A0no-break\u2009spaces. Zero\u200Bwidth. Carriage\rreturn.")]
    public void Offsets_are_exact_for_odd_inputs(string text)
    {
        SegmentationInvariants.Check(Segment.Run(text));
    }

    [Fact]
    public void SentenceAt_finds_the_sentence_holding_an_offset()
    {
        const string text = "Talks began in Oslo. They ended in Rome.\nA new line starts here.";
        var analysis = Segment.Run(text);

        Assert.Equal(0, analysis.SentenceAt(text.IndexOf("Oslo", StringComparison.Ordinal))!.Index);
        Assert.Equal(1, analysis.SentenceAt(text.IndexOf("Rome", StringComparison.Ordinal))!.Index);
        Assert.Equal(2, analysis.SentenceAt(text.IndexOf("line", StringComparison.Ordinal))!.Index);
        Assert.Null(analysis.SentenceAt(text.IndexOf(" They", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sentences_know_their_paragraph_and_tokens()
    {
        const string text = "First paragraph here. Second sentence.\n\nThird one.";
        var analysis = Segment.Run(text);

        Assert.Equal([0, 0, 1], analysis.Sentences.Select(s => s.Paragraph));
        var third = analysis.Sentences[2];
        Assert.Equal(["Third", "one", "."], analysis.TokensOf(third).ToArray().Select(t => t.Span.Slice(text)));
        Assert.Equal(third.FirstToken, analysis.TokenIndexAt(text.IndexOf("Third", StringComparison.Ordinal)));
        Assert.Equal(ParagraphRole.Body, analysis.RoleAt(text.IndexOf("Third", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bullet_sentences_start_after_the_marker()
    {
        const string text = "- Growth slowed";
        var analysis = Segment.Run(text);

        var sentence = Assert.Single(analysis.Sentences);
        Assert.Equal(new TextSpan(2, text.Length), sentence.Span);
        Assert.Equal(new TextSpan(0, text.Length), analysis.Paragraphs[0].Span);
    }
}

public class SegmentationFuzzTests
{
    private const string Alphabet = "aZ9 .!?…\"“”‘’'()[]-—–:;,\n\r\t@/$€%•*1.U.S.Gen.e.g.https://www.";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_punctuation_soup_keeps_offsets_exact(int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            SegmentationInvariants.Check(Segment.Run(new string(chars)));
        }
    }
}
