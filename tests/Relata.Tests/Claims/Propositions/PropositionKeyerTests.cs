using Relata.Claims.Propositions;
using Xunit.Abstractions;

namespace Relata.Tests.Claims.Propositions;

public sealed class PropositionKeyerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Foreign Minister Sergei Lavrov said that Russia will recognise the Taliban government in due time.", "2025-03-01",
        "RUS:recognise:grp.taliban", PropositionStance.For, PropositionTemporal.Future)]
    [InlineData("The Kremlin said Moscow has recognised the Afghan government.", "2025-07-10",
        "RUS:recognise:grp.taliban", PropositionStance.For, PropositionTemporal.Past)]
    [InlineData("Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said that recognition of the Taliban is not on the agenda.", "2022-05-01",
        "RUS:recognise:grp.taliban", PropositionStance.Against, PropositionTemporal.Present)]
    [InlineData("An analyst at the institute said that formal recognition of the Taliban by Russia might still be a distant possibility.", "2024-11-01",
        "RUS:recognise:grp.taliban", PropositionStance.Hedged, PropositionTemporal.Present)]
    [InlineData("Pakistan accused the Taliban of sheltering Tehrik-i-Taliban Pakistan.", "2024-01-15",
        "grp.taliban:support:grp.ttp", PropositionStance.For, PropositionTemporal.Present)]
    [InlineData("Officials in Tashkent said Uzbekistan will expand trade with Afghanistan.", "2024-06-01",
        "UZB:trade:grp.taliban", PropositionStance.For, PropositionTemporal.Future)]
    [InlineData("The Iranian Foreign Ministry denied that Iran armed the Houthis.", "2023-12-01",
        "IRN:arm:grp.houthis", PropositionStance.Against, PropositionTemporal.Past)]
    [InlineData("A State Department spokesman said Washington could lift sanctions on Venezuela.", "2023-10-01",
        "USA:delist:VEN", PropositionStance.Hedged, PropositionTemporal.Present)]
    [InlineData("The general said the Taliban are not fighting ISIS-K in the north.", "2023-04-01",
        "grp.taliban:fight:grp.iskp", PropositionStance.Against, PropositionTemporal.Present)]
    [InlineData("The Chinese Foreign Ministry said: \"We are ready to cooperate with Afghanistan.\"", "2023-02-01",
        "CHN:cooperate:grp.taliban", PropositionStance.For, PropositionTemporal.Future)]
    [InlineData("The Indian Foreign Ministry said India has no plans to supply weapons to Ukraine.", "2023-03-01",
        "IND:arm:UKR", PropositionStance.Against, PropositionTemporal.Present)]
    [InlineData("Turkish officials said Ankara would never negotiate with the PKK.", "2022-09-01",
        "TUR:negotiate:grp.pkk", PropositionStance.Against, PropositionTemporal.Future)]
    [InlineData("The Nigerian army said Boko Haram attacked Chad last week.", "2022-09-01",
        "grp.boko-haram:attack:TCD", PropositionStance.For, PropositionTemporal.Past)]
    [InlineData("A spokesman in Tehran said reports that Iran armed the Houthis are baseless.", "2024-02-01",
        "IRN:arm:grp.houthis", PropositionStance.Against, PropositionTemporal.Past)]
    [InlineData("The Pentagon said American jets struck the Houthis to stop attacks on shipping.", "2024-02-01",
        "USA:attack:grp.houthis", PropositionStance.For, PropositionTemporal.Past)]
    [InlineData("Officials in Islamabad said Pakistan is reluctant to negotiate with Tehrik-i-Taliban Pakistan.", "2024-02-01",
        "PAK:negotiate:grp.ttp", PropositionStance.Against, PropositionTemporal.Present)]
    public void Keys_claim_and_reads_stance(string text, string date, string key, PropositionStance stance, PropositionTemporal temporal)
    {
        var analysis = PropositionTestPipeline.Run(text, date);
        output.WriteLine(PropositionTestPipeline.Describe(analysis));

        var p = Assert.Single(analysis.Propositions);
        Assert.Equal(key, p.Key);
        Assert.Equal(stance, p.Stance);
        Assert.Equal(temporal, p.Temporal);
        Assert.NotNull(p.TriggerSpan);
        Assert.Equal(p.Trigger, p.TriggerSpan!.Value.Slice(text));
        foreach (var m in p.Markers) Assert.Equal(m.Text, m.Span.Slice(text));
    }

    [Theory]
    [InlineData("The Kremlin said Moscow has recognised the Afghan government.", "Russia recognises Taliban")]
    [InlineData("Officials in Tashkent said Uzbekistan will expand trade with Afghanistan.", "Uzbekistan trades with Taliban")]
    public void Labels_the_proposition_with_actor_names(string text, string label)
    {
        var p = Assert.Single(PropositionTestPipeline.Run(text, "2025-07-10").Propositions);
        Assert.Equal(label, p.Label);
    }

    [Theory]
    [InlineData("Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said that recognition of the Taliban is not on the agenda.", HolderSource.Speaker)]
    [InlineData("An analyst at the institute said that formal recognition of the Taliban by Russia might still be a distant possibility.", HolderSource.Agent)]
    [InlineData("The Kremlin said Moscow has recognised the Afghan government.", HolderSource.Subject)]
    public void Finds_the_holder_from_subject_agent_or_speaker(string text, HolderSource source)
    {
        var p = Assert.Single(PropositionTestPipeline.Run(text, "2025-01-10").Propositions);
        Assert.Equal(source, p.HolderSource);
        Assert.Equal("RUS", p.HolderId);
    }

    [Fact]
    public void Same_state_gets_different_object_before_and_after_a_change_of_government()
    {
        const string text = "The Kremlin said Moscow has recognised the Afghan government.";
        Assert.Equal("RUS:recognise:AFG", Assert.Single(PropositionTestPipeline.Run(text, "2015-05-01").Propositions).Key);
        Assert.Equal("RUS:recognise:grp.taliban", Assert.Single(PropositionTestPipeline.Run(text, "2025-05-01").Propositions).Key);
    }

    [Theory]
    [InlineData("The Russian Foreign Ministry said that opium cultivation in Afghanistan fell sharply.", "topic:narcotics:grp.taliban")]
    [InlineData("Kenyan officials said that Nairobi would host a regional summit next spring.", "topic:diplomacy:KEN")]
    public void Claims_without_a_predicate_get_a_topic_key(string text, string key)
    {
        var analysis = PropositionTestPipeline.Run(text, "2024-01-01");
        output.WriteLine(PropositionTestPipeline.Describe(analysis));
        var claim = Assert.Single(analysis.Claims);
        var p = analysis.PropositionOf(claim.Id);
        Assert.NotNull(p);
        Assert.True(p.IsTopicLevel);
        Assert.Null(p.Family);
        Assert.Null(p.TriggerSpan);
        Assert.Equal(key, p.Key);
    }
}

public sealed class AuthorStatementTests
{
    [Theory]
    [InlineData("Ankara's recognition of Kosovo was seen as a turning point.", "TUR:recognise:XKX", PropositionStance.For)]
    [InlineData("Brazil has not recognised Kosovo.", "BRA:recognise:XKX", PropositionStance.Against)]
    public void Keys_propositions_stated_in_the_authors_voice(string text, string key, PropositionStance stance)
    {
        var analysis = PropositionTestPipeline.Run(text, "2020-01-01");
        Assert.Empty(analysis.Propositions);
        var p = Assert.Single(analysis.StatementPropositions);
        Assert.True(p.IsAuthorStatement);
        Assert.Equal(key, p.Key);
        Assert.Equal(stance, p.Stance);
    }

    [Theory]
    [InlineData("Recognition is a distant prospect.")]
    [InlineData("The ministry said that Brazil has not recognised Kosovo.")]
    public void Needs_an_explicit_holder_and_object_and_no_claim_in_the_sentence(string text) =>
        Assert.Empty(PropositionTestPipeline.Run(text, "2020-01-01").StatementPropositions);
}
