using Relata.Actors;
using Relata.Claims.Propositions;

namespace Relata.Tests.Claims.Propositions;

public sealed class ActorNormaliserTests
{
    private static readonly ActorNormaliser Normaliser = new(ActorKnowledgeBase.LoadBundled());

    [Theory]
    [InlineData("RUS", "2025-01-01", "RUS")]
    [InlineData("RUS.MFA", "2025-01-01", "RUS")]
    [InlineData("per.sergey-lavrov", "2024-01-01", "RUS")]
    [InlineData("AFG", "2025-01-01", "grp.taliban")]
    [InlineData("AFG", "2015-01-01", "AFG")]
    [InlineData("grp.iskp", "2025-01-01", "grp.iskp")]
    [InlineData("USA.STATE", "2023-01-01", "USA")]
    [InlineData("not.in.the.kb", "2023-01-01", "not.in.the.kb")]
    public void Collapses_bodies_officials_and_governed_states(string id, string date, string expected) =>
        Assert.Equal(expected, Normaliser.Normalise(id, DateOnly.Parse(date)));

    [Fact]
    public void Unknown_or_missing_actor_stays_as_given() => Assert.Null(Normaliser.Normalise(null, null));
}
