using Relata.Analysis;

namespace Relata.Tests.Analysis;

public sealed class ClaimsFiguresCorroborationTests
{
    private const string Key = "NOR:recognise:grp.rebels";
    private const string Label = "Northland recognises Rebels";

    private static MemoryStore Store() => new MemoryStore()
        .Document("d1", "Spring report", "2023-03-01").Document("d2", "Summer report", "2023-07-01").Document("d3", "Autumn report", "2023-10-01");

    [Fact]
    public void The_tracker_orders_claims_in_time_and_flags_a_change_of_position()
    {
        var s = Store();
        s.Claim("NOR", "Northland", "recognition is not on the agenda", "2023-03-01", Key, Label, "against", "present",
            s.Sentence("d1", 1, "Northland said recognition of the rebels was not on the agenda."));
        s.Claim("NOR", "Northland", "it has recognised the rebel authorities", "2023-10-01", Key, Label, "for", "past",
            s.Sentence("d3", 1, "Northland announced it had recognised the rebel authorities."));

        var p = Assert.Single(ClaimsTracker.Build(s, new ClaimsTrackerQuery()).Propositions);

        Assert.Equal(["2023-03-01", "2023-10-01"], p.Claims.Select(c => c.Date));
        var change = Assert.Single(p.Changes);
        Assert.Equal(("NOR", "stance-changed", "against", "for"), (change.Party, change.Kind, change.From.Stance, change.To.Stance));
    }

    [Fact]
    public void Opposing_claims_in_different_documents_contradict_but_one_article_quoting_both_sides_does_not()
    {
        var s = Store();
        s.Claim("per.analyst", "An analyst", "formal recognition remains distant", "2023-07-01", Key, Label, "hedged", "present",
            s.Sentence("d2", 1, "An analyst wrote that formal recognition remained distant."));
        s.Claim("per.minister", "The minister", "recognition will come in due time", "2023-07-01", Key, Label, "for", "future",
            s.Sentence("d2", 2, "The minister said recognition would come in due time."));
        s.Claim("per.reporter", "A reporter", "Northland has recognised the rebels", "2023-10-01", Key, Label, "for", "past",
            s.Sentence("d3", 2, "A reporter noted that Northland had recognised the rebels."));

        var p = Assert.Single(ClaimsTracker.Build(s, new ClaimsTrackerQuery()).Propositions);

        var contradiction = Assert.Single(p.Contradictions);
        Assert.Equal(("A reporter", "An analyst", 92), (contradiction.For.Speaker, contradiction.Opposed.Speaker, contradiction.DaysApart));
    }

    [Fact]
    public void Author_statements_join_the_tracker_under_their_author()
    {
        var s = Store();
        var sentence = s.Sentence("d3", 3, "Northland has since recognised the rebel government.");
        s.StatementList.Add(new Relata.Store.StatementRecord(Key, Label, "NOR", "grp.rebels", "past", "for", "2023-10", "J. Writer", sentence));

        var p = Assert.Single(ClaimsTracker.Build(s, new ClaimsTrackerQuery()).Propositions);

        Assert.Equal(("J. Writer", "author:J. Writer", true), (p.Claims[0].Speaker, p.Claims[0].Party, p.Claims[0].AuthorStatement));
        Assert.Empty(ClaimsTracker.Build(s, new ClaimsTrackerQuery(AuthorStatements: false)).Propositions);
    }

    [Fact]
    public void Figures_are_grouped_by_measure_in_period_order_and_small_counts_can_be_left_out()
    {
        var s = Store();
        s.Figure("$410 million", 410e6, "USD", "money", "Bilateral trade", "2022", s.Sentence("d2", 3, "Bilateral trade reached $410 million in 2022."));
        s.Figure("$300 million", 300e6, "USD", "money", "bilateral trade", "2021", s.Sentence("d1", 3, "Bilateral trade stood at $300 million in 2021."));
        s.Figure("three goals", 3, "goals", "count", "goals", null, s.Sentence("d1", 4, "The strategy has three goals."));

        var all = FigureSeries.Build(s, new FigureSeriesQuery());
        var substantive = FigureSeries.Build(s, new FigureSeriesQuery(SubstantiveOnly: true));

        var trade = all.Measures[0];
        Assert.Equal(("bilateral trade", "USD", 2), (trade.Measure, trade.Unit, trade.Sources));
        Assert.Equal(["2021", "2022"], trade.Points.Select(p => p.Period));
        Assert.Equal(2, all.Measures.Count);
        Assert.Single(substantive.Measures);
    }

    [Fact]
    public void Corroboration_separates_single_source_events_from_those_two_documents_report()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2023-06-10", s.Sentence("d1", 5, "Northland and Southland signed a pact on 10 June."));
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2023-06-10", s.Sentence("d2", 5, "The pact of 10 June was welcomed."));
        s.Event("NOR:Northland", "EAS:Eastland", "042", 2, 1, "2023-06-12", s.Sentence("d2", 6, "The Northland president visited Eastland."));

        var result = Corroboration.Build(s, new CorroborationQuery());

        Assert.Equal("057", Assert.Single(result.CorroboratedEvents).Event.Cameo);
        Assert.Equal("042", Assert.Single(result.SingleSourceEvents).Event.Cameo);
        Assert.Empty(result.Disagreements);
    }

    [Fact]
    public void Corroboration_flags_a_report_dated_only_by_its_document_against_the_stated_date()
    {
        var s = new MemoryStore().Document("d1", "Daily", "2023-06-21").Document("d2", "Weekly", "2023-06-24");
        s.Event("NOR:Northland", "SOU:Southland", "061", 6, 2, "2023-06-20", s.Sentence("d1", 1, "On 20 June Northland opened a customs post for Southland trucks."));
        s.Event("NOR:Northland", "SOU:Southland", "061", 6, 2, "2023-06-24", s.Sentence("d2", 1, "Northland has opened a customs post for Southland trucks."),
            dateFrom: "document");

        var result = Corroboration.Build(s, new CorroborationQuery());

        var d = Assert.Single(result.Disagreements);
        Assert.Equal("date", d.Kind);
        Assert.Equal(["2023-06-20", "2023-06-24"], d.Values.Order());
        Assert.Equal(["d1", "d2"], d.Reports.Select(r => r.Evidence.DocumentId).Order());
    }

    [Fact]
    public void Corroboration_flags_a_vague_report_that_fits_two_events()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "042", 2, 1, "2023-06-03", s.Sentence("d1", 1, "The Northland envoy visited Southland on 3 June."));
        s.Event("NOR:Northland", "SOU:Southland", "042", 2, 1, "2023-06-17", s.Sentence("d2", 1, "The envoy was back in Southland on 17 June."));
        s.Event("NOR:Northland", "SOU:Southland", "042", 2, 1, "2023-06", s.Sentence("d3", 1, "The envoy travelled to Southland in June."));

        var d = Assert.Single(Corroboration.Build(s, new CorroborationQuery()).Disagreements);

        Assert.Equal("identity", d.Kind);
        Assert.Equal("d3", Assert.Single(d.Reports).Evidence.DocumentId);
    }
}
