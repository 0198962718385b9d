using Relata.Actors;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

public class KnowledgeQueryTests
{
    [Theory]
    [InlineData("2019-06-01", "AFG.IRA")]
    [InlineData("2021-08-14", "AFG.IRA")]
    [InlineData("2021-08-15", "grp.taliban")]
    [InlineData("2025-03-01", "grp.taliban")]
    public void Government_of_Afghanistan_depends_on_the_date(string date, string expected) =>
        Assert.Equal(expected, Kb.GovernmentOf("AFG", D(date))?.Id);

    [Fact]
    public void Inline_government_becomes_an_actor_with_a_composed_code()
    {
        var ira = Kb.Get("AFG.IRA");
        Assert.NotNull(ira);
        Assert.Equal(ActorType.Government, ira.Type);
        Assert.Equal("AFGGOV", ira.Cameo);
        Assert.Null(Kb.GovernmentOf("RUS", D("2020-01-01")));
    }

    [Theory]
    [InlineData("2019-01-01", null)]
    [InlineData("2022-01-01", "grp.taliban")]
    public void De_facto_government_comes_from_a_group_role_when_the_state_lists_none(string date, string? expected)
    {
        var kb = ActorKnowledgeBase.Load(FixtureFiles().Append(("user.yaml", (TextReader)new StringReader(
            "kind: state\nactors:\n  - {id: AFG, name: Afghanistan, governments: []}\n"))), includeBundledActors: false);
        Assert.Equal(expected, kb.GovernmentOf("AFG", D(date))?.Id);
    }

    [Theory]
    [InlineData("foreign minister", "RUS", "2003-05-01", "per.igor-ivanov")]
    [InlineData("foreign minister", "RUS", "2020-05-01", "per.sergey-lavrov")]
    [InlineData("Minister of Foreign Affairs", "RUS", "2020-05-01", "per.sergey-lavrov")]
    [InlineData("president", "RUS", "2010-01-01", "per.dmitry-medvedev")]
    [InlineData("president", "RUS", "2013-01-01", "per.vladimir-putin")]
    [InlineData("prime minister", "RUS", "2010-01-01", "per.vladimir-putin")]
    [InlineData("foreign minister", "CHN", "2023-03-01", "per.qin-gang")]
    [InlineData("foreign minister", "CHN", "2024-03-01", "per.wang-yi")]
    public void Holder_of_a_post_on_a_date(string title, string state, string date, string expected) =>
        Assert.Equal(expected, Kb.HolderOf(title, state, D(date))?.Id);

    [Fact]
    public void Holder_of_a_body_is_its_head()
    {
        Assert.Equal("per.sergey-lavrov", Kb.HolderOf("RUS.MFA", D("2020-01-01"))?.Id);
        Assert.Equal("per.igor-ivanov", Kb.HolderOf("RUS.MFA", D("2000-01-01"))?.Id);
        Assert.Null(Kb.HolderOf("RUS.MFA", D("1990-01-01")));
    }

    [Theory]
    [InlineData("2010-01-01", "RUS", true)]
    [InlineData("2010-01-01", "IND", false)]
    [InlineData("2018-01-01", "IND", true)]
    [InlineData("2023-01-01", "IRN", false)]
    [InlineData("2024-01-01", "IRN", true)]
    public void Members_of_an_organisation_on_a_date(string date, string state, bool member)
    {
        Assert.Equal(member, Kb.MembersOf("org.sco", D(date)).Any(a => a.Id == state));
        Assert.Equal(member, Kb.IsMember(state, "org.sco", D(date)));
    }

    [Theory]
    [InlineData("2010-01-01", true)]
    [InlineData("2025-04-16", true)]
    [InlineData("2025-04-17", false)]
    [InlineData("2000-01-01", false)]
    public void Designation_holds_only_in_its_interval(string date, bool expected) =>
        Assert.Equal(expected, Kb.IsDesignated("grp.taliban", "RUS", D(date)));

    [Theory]
    [InlineData("per.vladimir-putin", "2010-01-01", "Prime Minister")]
    [InlineData("per.vladimir-putin", "2020-01-01", "President")]
    [InlineData("grp.taliban", "2019-01-01", "insurgent movement")]
    [InlineData("grp.taliban", "2022-01-01", "de facto government of Afghanistan")]
    public void Role_at_a_date(string actor, string date, string label) =>
        Assert.Equal(label, Assert.Single(Kb.RoleAt(actor, D(date))).Label);

    [Theory]
    [InlineData("Special Presidential Envoy for Afghanistan", "special envoy")]
    [InlineData("Press Secretary", "spokesperson")]
    [InlineData("Minister of Foreign Affairs", "foreign minister")]
    [InlineData("Chief Beekeeper", "chief beekeeper")]
    public void Title_wordings_reduce_to_lexicon_keys(string wording, string key) => Assert.Equal(key, Kb.TitleKey(wording));
}
