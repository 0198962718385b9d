using Relata.Actors;
using Relata.Import;
using Relata.Import.Acled;

namespace Relata.Tests.Import;

public sealed class ImportActorLinkerTests
{
    private static readonly ImportActorLinker Linker = new(ActorKnowledgeBase.LoadBundled(), AcledCrosswalk.Default.ActorForms);

    [Theory]
    [InlineData("TALIBAN", null, null, "grp.taliban", null)]
    [InlineData("RUSSIA", "RUSGOV", "RUS", "RUS", "RUSGOV")]
    [InlineData(null, "AFGMIL", "AFG", "AFG", "AFGMIL")]
    [InlineData("Military Forces of Mali (2021-)", null, null, "MLI", "MLIMIL")]
    [InlineData("Civilians (Afghanistan)", null, null, "AFG", "AFGCVL")]
    [InlineData("Government of Russia (2000-)", null, null, "RUS", "RUSGOV")]
    [InlineData("JNIM: Group for Support of Islam and Muslims", null, null, "grp.jnim", null)]
    public void Links_dataset_actors_to_the_knowledge_base(string? name, string? code, string? country, string id, string? expectedCode)
    {
        var linked = Linker.Link(new ImportActor(name, code, country))!;

        Assert.Equal(id, linked.Id);
        if (expectedCode is not null) Assert.Equal(expectedCode, linked.Code);
    }

    [Fact]
    public void An_unknown_name_keeps_its_name_without_an_id()
    {
        var linked = Linker.Link(new ImportActor("NORTHERN VALLEY MILITIA", null, null))!;

        Assert.Null(linked.Id);
        Assert.Equal("Northern Valley Militia", linked.Name);
    }

    [Fact]
    public void A_name_the_knowledge_base_does_not_know_is_not_its_country()
    {
        var linked = Linker.Link(new ImportActor("Valley Farmers Union", null, "AFG"))!;

        Assert.Null(linked.Id);
        Assert.Equal("AFG", linked.Country);
    }

    [Fact]
    public void A_bare_country_code_is_the_state() => Assert.Equal("AFG", Linker.Link(new ImportActor(null, null, "AFG"))?.Id);

    [Fact]
    public void An_empty_actor_is_no_participant() => Assert.Null(Linker.Link(new ImportActor(" ", null, null)));
}
