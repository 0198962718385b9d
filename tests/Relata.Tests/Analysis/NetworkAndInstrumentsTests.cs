using Relata.Actors;
using Relata.Analysis;

namespace Relata.Tests.Analysis;

public sealed class NetworkAndInstrumentsTests
{
    private static MemoryStore Store() => new MemoryStore().Document("d1", "Wire one", "2022-03-01").Document("d2", "Wire two", "2022-04-01");

    [Fact]
    public void The_network_weights_edges_by_events_and_folds_officials_into_their_state()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2022-01-05", s.Sentence("d1", 1, "Northland signed a pact with Southland."));
        s.Event("per.north-envoy:The envoy", "SOU:Southland", "042", 2, 1, "2022-02-05", s.Sentence("d1", 2, "The envoy visited Southland."));
        s.Event("SOU:Southland", "EAS:Eastland", "111", -2, 3, "2022-02-07", s.Sentence("d1", 3, "Southland criticised Eastland."));
        s.Event("NOR:Northland", "SOU:Southland", "190", -10, 4, "2022-02-09", s.Sentence("d1", 4, "Northland may attack."), modality: "hypothetical");
        var rollUp = new ActorRollUp(new Dictionary<string, string> { ["per.north-envoy"] = "NOR" }, new Dictionary<string, string> { ["NOR"] = "Northland" });

        var result = ActorNetwork.Build(s, new NetworkQuery(RollUp: rollUp));

        var edge = Assert.Single(result.Edges, e => e.Source == "NOR");
        Assert.Equal(("SOU", 2, 5.0), (edge.Target, edge.Weight, edge.GoldsteinMean));
        Assert.Equal(("2022-01-05", "2022-02-05"), (edge.First, edge.Last));
        var south = result.Nodes.Single(n => n.Id == "SOU");
        Assert.Equal((1, 1, 2, 1), (south.InDegree, south.OutDegree, south.WeightedIn, south.WeightedOut));
        // Southland is the only node on the path Northland → Eastland: 1 of (3−1)(3−2) ordered pairs.
        Assert.Equal(0.5, south.Betweenness, 6);
        Assert.Equal(0, result.Nodes.Single(n => n.Id == "NOR").Betweenness);
    }

    [Fact]
    public void An_ego_network_keeps_only_interactions_of_the_given_side()
    {
        var s = Store();
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2022-01-05", s.Sentence("d1", 1, "Northland signed a pact with Southland."));
        s.Event("EAS:Eastland", "WES:Westland", "111", -2, 3, "2022-02-07", s.Sentence("d1", 3, "Eastland criticised Westland."));

        var result = ActorNetwork.Build(s, new NetworkQuery(Around: ActorScope.Exact("NOR")));

        Assert.Equal(["NOR"], result.Edges.Select(e => e.Source));
    }

    [Fact]
    public void The_instruments_matrix_counts_events_and_claims_per_area_and_keeps_the_strongest_evidence()
    {
        var s = Store();
        var accord = s.Sentence("d1", 1, "Northland and Southland signed a transit accord for the new railway.");
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2022-01-05", accord);
        s.Topic("d1", 1, "transit", "diplomacy");
        var statement = s.Sentence("d1", 2, "Northland said the railway will carry freight.");
        s.Event("NOR:Northland", null, "010", 0, 1, "2022-01-06", statement);
        s.Topic("d1", 2, "transit");
        s.Claim("NOR", "Northland", "the railway would open next year", "2022-01-06", "NOR:build:SOU", "Northland builds in Southland", "for", "future",
            s.Sentence("d2", 1, "Northland promised the railway would open next year."), topics: "transit");
        s.Event("NOR:Northland", "SOU:Southland", "057", 8, 2, "2022-01-05", s.Sentence("d2", 2, "An accord was also signed on grain."), modality: "negated");
        s.Topic("d2", 2, "trade");

        var result = InstrumentsMatrix.Build(s, new InstrumentsQuery(Actors: [ActorScope.Exact("NOR", "Northland")]));

        Assert.Equal(["transit", "diplomacy"], result.Topics);
        var transit = result.Cell("NOR", "transit")!;
        Assert.Equal((2, 1), (transit.Events, transit.Claims));
        Assert.Equal(accord, transit.Strongest.Evidence);
        Assert.Null(result.Cell("NOR", "trade"));
    }

    [Fact]
    public void A_state_scope_from_the_knowledge_base_covers_its_officials_bodies_and_governments_but_not_armed_groups()
    {
        var kb = ActorKnowledgeBase.LoadBundled();
        var afghanistan = ActorScope.From(kb, kb.Find("Afghanistan")[0]);
        var russia = ActorScope.From(kb, kb.Find("Russia")[0]);

        Assert.True(russia.Matches("per.sergey-lavrov", null));
        Assert.True(russia.Matches("RUS.SUPCOURT", null));
        Assert.True(russia.Matches("someone.unknown", "RUSGOV"));
        Assert.True(afghanistan.Matches("grp.taliban", null));
        Assert.False(afghanistan.Matches("grp.iskp", null));
        Assert.False(russia.Matches("AFG", "AFG"));
    }

    [Fact]
    public void The_state_roll_up_folds_people_and_bodies_but_keeps_movements()
    {
        var rollUp = ActorRollUp.ToStates(ActorKnowledgeBase.LoadBundled());

        Assert.Equal("RUS", rollUp.Group("per.sergey-lavrov"));
        Assert.Equal("RUS", rollUp.Group("RUS.SUPCOURT"));
        Assert.Equal("grp.taliban", rollUp.Group("grp.taliban"));
        Assert.Equal("Russia", rollUp.Name("RUS"));
    }
}
