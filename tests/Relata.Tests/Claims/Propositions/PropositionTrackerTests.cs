using Relata.Claims.Propositions;

namespace Relata.Tests.Claims.Propositions;

public sealed class PropositionTrackerTests
{
    private const string Key = "RUS:recognise:grp.taliban";

    private static PropositionObservation Obs(string doc, string? date, string speaker, PropositionStance stance,
        PropositionTemporal temporal = PropositionTemporal.Present, string key = Key, string? speakerActor = null, string claim = "c1") =>
        new(doc, date is null ? null : DateOnly.Parse(date), speaker, new ClaimProposition
        {
            ClaimId = claim, Key = key, Label = "Russia recognises Taliban", Family = "recognise", HolderId = "RUS",
            ObjectId = "grp.taliban", Stance = stance, Temporal = temporal, SpeakerActorId = speakerActor,
        });

    [Fact]
    public void Groups_by_key_in_date_order()
    {
        var groups = PropositionTracker.Group([
            Obs("b", "2025-07-04", "kremlin", PropositionStance.For, PropositionTemporal.Past),
            Obs("a", "2022-03-01", "mfa", PropositionStance.Against),
            Obs("c", null, "someone", PropositionStance.Hedged),
            Obs("d", "2024-01-01", "ankara", PropositionStance.For, key: "TUR:trade:IRQ"),
        ]);

        Assert.Equal(2, groups.Count);
        var main = groups[0];
        Assert.Equal(Key, main.Key);
        Assert.Equal(["a", "b", "c"], main.Observations.Select(o => o.DocumentId));
    }

    [Fact]
    public void Finds_a_party_changing_its_position_over_time()
    {
        // The ministry speaks for Russia, so its statements and the Kremlin's are one party.
        var group = Assert.Single(PropositionTracker.Group([
            Obs("a", "2022-05-01", "per.spokeswoman", PropositionStance.Against, speakerActor: "RUS"),
            Obs("b", "2025-03-01", "per.minister", PropositionStance.For, PropositionTemporal.Future, speakerActor: "RUS"),
            Obs("c", "2025-07-04", "RUS", PropositionStance.For, PropositionTemporal.Past, speakerActor: "RUS"),
        ]));

        Assert.Equal(
            [(PositionChangeKind.StanceChanged, "a", "b"), (PositionChangeKind.Realised, "b", "c")],
            group.PositionChanges.Select(c => (c.Kind, c.From.DocumentId, c.To.DocumentId)));
        Assert.All(group.PositionChanges, c => Assert.Equal("RUS", c.Party));
        Assert.Empty(group.Contradictions);
    }

    [Fact]
    public void A_party_repeating_its_stance_is_no_change()
    {
        var group = Assert.Single(PropositionTracker.Group([
            Obs("a", "2023-01-01", "analyst", PropositionStance.Hedged),
            Obs("b", "2023-06-01", "analyst", PropositionStance.Hedged),
        ]));
        Assert.Empty(group.PositionChanges);
    }

    [Theory]
    [InlineData("2025-07-01", "2025-07-10", PropositionStance.Hedged, 1)]
    [InlineData("2025-07-01", "2025-06-20", PropositionStance.Against, 1)]
    [InlineData("2022-01-01", "2025-07-10", PropositionStance.Against, 0)]
    [InlineData("2025-07-01", "2025-07-10", PropositionStance.For, 0)]
    public void Finds_sources_contradicting_each_other_at_overlapping_times(string forDate, string otherDate, PropositionStance other, int expected)
    {
        var group = Assert.Single(PropositionTracker.Group([
            Obs("a", forDate, "kremlin", PropositionStance.For, PropositionTemporal.Past),
            Obs("b", otherDate, "think-tank", other),
        ]));
        Assert.Equal(expected, group.Contradictions.Count);
        if (expected > 0)
        {
            Assert.Equal("a", group.Contradictions[0].For.DocumentId);
            Assert.Equal("b", group.Contradictions[0].Opposed.DocumentId);
        }
    }

    [Fact]
    public void Accepts_tuples_from_the_store()
    {
        var p = Obs("a", "2024-01-01", "x", PropositionStance.For).Proposition;
        var groups = PropositionTracker.Group([("doc1", (DateOnly?)new DateOnly(2024, 1, 1), "x", p), ("doc2", null, "y", p)]);
        Assert.Equal(2, Assert.Single(groups).Observations.Count);
    }
}
