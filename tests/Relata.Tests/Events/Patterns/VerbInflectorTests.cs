using Relata.Events.Patterns;

namespace Relata.Tests.Events.Patterns;

public class VerbInflectorTests
{
    private static readonly VerbInflector Inflector = EventPatternSet.Default.Inflector;

    [Theory]
    [InlineData("travel", "travels travelled traveled travelling traveling")]
    [InlineData("sign", "signs signed signing")]
    [InlineData("visit", "visits visited visiting")]
    [InlineData("ban", "bans banned banning")]
    [InlineData("supply", "supplies supplied supplying")]
    [InlineData("deploy", "deploys deployed deploying")]
    [InlineData("accuse", "accuses accused accusing")]
    [InlineData("agree", "agrees agreed agreeing")]
    [InlineData("discuss", "discusses discussed discussing")]
    [InlineData("veto", "vetoes vetoed vetoing")]
    [InlineData("recognise", "recognises recognised recognising recognize recognizes recognized recognizing")]
    [InlineData("criticize", "criticizes criticized criticise criticised criticising")]
    [InlineData("meet", "meets met meeting")]
    [InlineData("strike", "strikes struck striking")]
    [InlineData("seek", "seeks sought seeking")]
    [InlineData("give", "gives gave given giving")]
    [InlineData("send", "sends sent sending")]
    [InlineData("hold", "holds held holding")]
    [InlineData("begin", "begins began begun beginning")]
    [InlineData("take", "takes took taken taking")]
    [InlineData("fly", "flies flew flown flying")]
    [InlineData("commit", "commits committed committing")]
    [InlineData("be", "is was were been being")]
    public void Generates_inflected_forms(string lemma, string expected)
    {
        var forms = Inflector.FormsOf(lemma);
        Assert.Contains(lemma, forms);
        foreach (var form in expected.Split(' '))
            Assert.True(forms.Contains(form), $"{lemma}: missing '{form}' in [{string.Join(", ", forms)}]");
    }

    [Theory]
    [InlineData("meet", "meeted")]
    [InlineData("strike", "striked")]
    [InlineData("visit", "visitted")]
    [InlineData("travel", "travells")]
    public void Irregular_and_polysyllabic_verbs_do_not_get_wrong_regular_forms(string lemma, string wrong)
    {
        Assert.DoesNotContain(wrong, Inflector.FormsOf(lemma));
    }

    [Fact]
    public void Regular_only_inflector_still_inflects_regular_verbs()
    {
        Assert.Contains("condemned", VerbInflector.RegularOnly.FormsOf("condemn"));
        Assert.False(VerbInflector.RegularOnly.IsIrregular("meet"));
        Assert.True(Inflector.IsIrregular("meet"));
    }
}
