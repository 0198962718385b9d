using Relata.Claims.Propositions;

namespace Relata.Tests.Claims.Propositions;

public sealed class PropositionObservationsTests
{
    [Fact]
    public void Feeds_claims_and_author_statements_of_a_document_to_the_tracker()
    {
        var analysis = PropositionTestPipeline.Run(
            "Brazil has not recognised Kosovo. The Serbian Foreign Ministry said that Brazil will recognise Kosovo soon.", "2020-01-01");

        var observations = PropositionObservations.From(analysis).ToList();

        Assert.Equal(2, observations.Count);
        Assert.All(observations, o => Assert.Equal("BRA:recognise:XKX", o.Proposition.Key));
        Assert.Contains(observations, o => o.Speaker.StartsWith("author:", StringComparison.Ordinal) && o.Proposition.Stance == PropositionStance.Against);
        Assert.Contains(observations, o => o.Proposition.ClaimId is not null && o.Proposition.Stance == PropositionStance.For
            && o.Proposition.Temporal == PropositionTemporal.Future);
        var group = Assert.Single(PropositionTracker.Group(observations));
        Assert.Single(group.Contradictions);
    }

    [Theory]
    [InlineData(PropositionStance.For, "for")]
    [InlineData(PropositionStance.Against, "against")]
    [InlineData(PropositionStance.Hedged, "hedged")]
    public void Writes_stance_as_export_words(PropositionStance stance, string word) => Assert.Equal(word, stance.Wire());
}
