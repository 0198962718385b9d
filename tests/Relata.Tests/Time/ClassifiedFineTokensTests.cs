using Relata.Documents;
using Relata.Quantities;
using Relata.Text;
using Relata.Time.Lexicon;

namespace Relata.Tests.Time;

public class ClassifiedFineTokensTests
{
    private static readonly WordClassTable Table = QuantityLexicon.Default.Classes;

    private static (List<Token> Fine, TokenClasses Classes, WordClass? Union) AppendClassified(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var fine = new List<Token>();
        var classes = new TokenClasses(Table);
        classes.Reset(text, fine);
        var union = FineTokens.Append(text, tokens, 0, tokens.Count, fine, classes);
        classes.Grow();
        return (fine, classes, union);
    }

    [Theory]
    [InlineData("Talks resumed on Dec. 27 at 10:30, after a 50% cut in the mid-2010s.")]
    [InlineData("The five-year plan cost US$2.5bn, about a third of the 18-year-old budget.")]
    [InlineData("Officials in Zürich and São Paulo met the ministers last week\u2010end.")]
    [InlineData("THE DELEGATION ARRIVED IN MARCH; Twenty-Five Envoys Left Early.")]
    public void Splits_and_classifies_as_the_plain_split_and_a_lookup_per_token(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var plain = new List<Token>();
        FineTokens.Append(text, tokens, 0, tokens.Count, plain);
        var (fine, classes, _) = AppendClassified(text);

        Assert.Equal(plain, fine);
        for (int k = 0; k < fine.Count; k++)
            Assert.Equal(Table.Classify(text.AsSpan(fine[k].Start, fine[k].Length)), classes[k]);
    }

    [Theory]
    [InlineData("Negotiators met again and talked for hours.", true)]
    [InlineData("Negotiators met on 12 May.", false)]
    [InlineData("The fund lost $5 overnight.", false)]
    [InlineData("Talks stalled in Dec. and resumed.", false)]
    [InlineData("The mid-year review was delayed.", true)]
    [InlineData("U.S. envoys spoke.", true)]
    public void Tells_a_sentence_of_words_copied_as_they_are_and_punctuation(string text, bool expectPlain) =>
        Assert.Equal(expectPlain, AppendClassified(text).Union is not null);

    [Theory]
    [InlineData("A review of the so-called plan was delayed.", WordClass.NumberWord | WordClass.InnerHyphen, false)]
    [InlineData("A dozen envoys left.", WordClass.NumberWord, true)]
    [InlineData("Twenty-five envoys left.", WordClass.InnerHyphen, true)]
    [InlineData("The so-called plan was delayed.", WordClass.InnerHyphen, false)]
    [InlineData("An envoy arrived.", WordClass.NumberWord, false)]
    public void The_union_leaves_out_number_classes_that_cannot_start_a_figure(string text, WordClass bits, bool expectAny)
    {
        var union = AppendClassified(text).Union;
        Assert.NotNull(union);
        Assert.Equal(expectAny, (union.Value & bits) != 0);
    }

    [Fact]
    public void The_union_holds_the_classes_of_every_word()
    {
        var (fine, classes, union) = AppendClassified("Three envoys left in March, officials said.");
        Assert.NotNull(union);
        var expected = WordClass.None;
        for (int k = 0; k < fine.Count; k++)
            if (fine[k].Kind == TokenKind.Word) expected |= classes[k];
        Assert.Equal(expected, union);
        Assert.NotEqual(WordClass.None, union!.Value & WordClass.Month);
        Assert.NotEqual(WordClass.None, union.Value & WordClass.NumberWord);
    }
}
