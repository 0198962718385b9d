using Relata.Analysis;

namespace Relata.Tests.Analysis;

public sealed class TimelineAndDyadTests
{
    private static readonly ActorScope North = new("NOR", "Northland", ["per.north-envoy"], "NOR");
    private static readonly ActorScope South = ActorScope.Exact("SOU", "Southland");

    private static MemoryStore Store()
    {
        var s = new MemoryStore().Document("d1", "Wire one", "2021-06-30").Document("d2", "Wire two", "2021-07-02");
        return s;
    }

    [Fact]
    public void A_month_precise_event_keeps_its_month_and_sorts_before_days_of_that_month()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "042", 1.9, 1, "2021-05-14", s.Sentence("d1", 1, "The envoy flew to the southern capital on 14 May."));
        s.Event("NOR:Northland", "SOU:Southland", "036", 4, 1, "2021-05", s.Sentence("d1", 2, "In May the two sides agreed to meet."));

        var result = Timeline.Build(s, new TimelineQuery(North, South));

        Assert.Equal(["2021-05", "2021-05-14"], result.Entries.Select(e => e.Date));
        var month = result.Entries[0];
        Assert.Equal("month", month.Precision);
        Assert.Equal((new DateOnly(2021, 5, 1), new DateOnly(2021, 5, 31)), (month.Start, month.End));
    }

    [Fact]
    public void The_same_event_reported_by_two_documents_is_one_entry_with_two_pieces_of_evidence()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2021-06-29", s.Sentence("d1", 3, "Northland and Southland signed a grain accord on Tuesday."));
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2021-06-29", s.Sentence("d2", 5, "The grain accord was signed on 29 June."));
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2021-07-01", s.Sentence("d2", 6, "A second accord followed two days later."));

        var result = Timeline.Build(s, new TimelineQuery(North, South));

        Assert.Equal([2, 1], result.Entries.Select(e => e.EvidenceCount));
        Assert.Equal(2, result.Entries[0].Event.DocumentCount);
    }

    [Fact]
    public void Undated_events_are_listed_apart_and_left_out_when_a_period_is_set()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "036", 4, 1, null, s.Sentence("d1", 4, "Northland has offered talks on the dam."));
        s.Event("NOR:Northland", "SOU:Southland", "040", 1, 1, "2021", s.Sentence("d1", 5, "They consulted several times in 2021."));

        var all = Timeline.Build(s, new TimelineQuery(North, South));
        var firstHalf = Timeline.Build(s, new TimelineQuery(North, South, new AnalysisFilter("2021-01", "2021-06")));

        Assert.Single(all.Undated);
        Assert.Single(all.Entries);
        Assert.True(firstHalf.IsEmpty);
    }

    [Fact]
    public void A_side_includes_its_officials_and_its_coded_country_prefix()
    {
        var s = Store();
        s.Event("per.north-envoy:The envoy", "SOU:Southland", "042", 1.9, 1, "2021-05-02", s.Sentence("d1", 6, "The envoy visited the south."));
        s.Event("NORMIL:Northland army", "SOU:Southland", "190", -10, 4, "2021-05-03", s.Sentence("d1", 7, "Troops crossed the border."), sourceCode: "NORMIL");
        s.Event("EAS:Eastland", "SOU:Southland", "042", 1.9, 1, "2021-05-04", s.Sentence("d1", 8, "An Eastland delegation arrived."));

        Assert.Equal(2, Timeline.Build(s, new TimelineQuery(North, South)).Entries.Count);
    }

    [Fact]
    public void The_dyad_index_counts_only_asserted_events_in_both_directions_by_quarter()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2021-01-10", s.Sentence("d1", 1, "The two signed a deal in January."));
        s.Event("NOR:Northland", "SOU:Southland", "111", -2, 3, "2021-02", s.Sentence("d1", 2, "Northland criticised its neighbour in February."));
        s.Event("SOU:Southland", "NOR:Northland", "036", 4, 1, "2021-05-20", s.Sentence("d1", 3, "Southland proposed talks."));
        s.Event("NOR:Northland", "SOU:Southland", "190", -10, 4, "2021-05-21", s.Sentence("d1", 4, "Northland threatened to attack."), modality: "hypothetical");
        s.Event("SOU:Southland", "NOR:Northland", "042", 1.9, 1, "2021", s.Sentence("d1", 5, "A visit took place at some point in 2021."));

        var result = DyadIndex.Build(s, new DyadQuery(North, South, PeriodUnit.Quarter));

        Assert.Equal(["2021", "2021-Q1", "2021-Q2"], result.Periods.Select(p => p.Period.Label));
        Assert.True(result.Periods[0].Period.Coarse);
        var q1 = result.Periods[1];
        Assert.Equal((2, 1, 1, 1, 0), (q1.AToB.Events, q1.AToB.VerbalCooperation + q1.AToB.MaterialCooperation, q1.AToB.MaterialCooperation, q1.AToB.VerbalConflict, q1.BToA.Events));
        Assert.Equal(6, q1.AToB.GoldsteinSum, 9);
        Assert.Equal(3, q1.AToB.GoldsteinMean!.Value, 9);
        Assert.Equal(0, q1.AToB.NetCooperation!.Value, 9);
        var q2 = result.Periods[2];
        Assert.Equal((0, 1), (q2.AToB.Events, q2.BToA.Events));
        Assert.Equal(1, result.NotAsserted);
        Assert.Equal((2, 2), (result.TotalAToB.Events, result.TotalBToA.Events));
    }

    [Theory]
    [InlineData(new[] { -5.0, 0, 5 }, "towards cooperation")]
    [InlineData(new[] { 6.0, 2, -6 }, "towards conflict")]
    [InlineData(new[] { 3.0, 3, 3 }, "stable")]
    public void The_trend_follows_the_yearly_goldstein_sums(double[] yearlySums, string direction)
    {
        var s = Store();
        for (int i = 0; i < yearlySums.Length; i++)
            s.Event("NOR:Northland", "SOU:Southland", "0" + (40 + i), yearlySums[i], yearlySums[i] >= 0 ? 1 : 3, $"{2019 + i}-03-01",
                s.Sentence("d1", 10 + i, $"Event number {i} of the series."));

        var trend = DyadIndex.Build(s, new DyadQuery(North, South)).Trend;

        Assert.Equal(direction, trend.Direction);
        Assert.Equal(("2019", "2021"), (trend.From, trend.To));
    }

    [Fact]
    public void The_trend_needs_at_least_two_years_with_events()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2021-01-10", s.Sentence("d1", 1, "The two signed a deal in January."));

        Assert.Equal("too little data", DyadIndex.Build(s, new DyadQuery(North, South)).Trend.Direction);
    }
}
