using Relata.Claims.Propositions;

namespace Relata.Tests.Claims.Propositions;

public sealed class PropositionLexiconTests
{
    [Theory]
    [InlineData("recognise", "recognised", true)]
    [InlineData("recognise", "recognising", false)]
    [InlineData("supply weapons", "supplies weapons", false)]
    [InlineData("supply weapons", "supplied weapons", true)]
    [InlineData("ban", "banned", true)]
    [InlineData("arm", "arms", false)]
    public void Inflects_the_first_word_of_a_trigger(string trigger, string form, bool past) =>
        Assert.Contains((form, past), PropositionLexicon.Inflections(trigger));

    [Fact]
    public void Does_not_inflect_nouns_in_ion() =>
        Assert.Equal(["recognition"], PropositionLexicon.Inflections("recognition").Select(f => f.Form));

    [Fact]
    public void Bundled_lexicon_has_the_documented_families()
    {
        var ids = PropositionLexicon.Bundled.Families.Select(f => f.Id).ToHashSet();
        foreach (string id in new[] { "recognise", "fight", "arm", "support", "threaten", "cooperate", "trade", "sanction", "delist",
                     "negotiate", "attack", "control", "withdraw", "pay", "aid", "pose-threat" })
            Assert.Contains(id, ids);
    }

    [Theory]
    [InlineData("families: [{id: x, triggers: [y], object: sometimes}]")]
    [InlineData("families: [{id: x}]")]
    [InlineData("hedges: [may]")]
    public void Rejects_malformed_lexicons(string yaml) =>
        Assert.Throws<PropositionLexiconException>(() => PropositionLexicon.Parse(yaml));
}
