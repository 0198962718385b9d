using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Store;

/// <summary>
/// The paged claim and figure filters by actor pick their plan by how often the actor is mentioned (a set of its
/// sentences for a rare actor, a per-fact probe for a common one); both must select exactly the facts whose sentence
/// mentions the actor (or, for claims, whose speaker it is), and the page must carry the full count.
/// </summary>
public sealed class ActorFilterQueryTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RelataPipeline _pipeline = DefaultPipeline.Create();

    private const string RussiaClaim = "Russian officials said on 3 March 2021 that Moscow would send 20 tonnes of grain to Afghanistan.";
    private const string OtherClaim = "A spokesman for the ministry said that 40 lorries had crossed the border in May 2021.";
    private const string RussiaOnly = "Russia and Afghanistan held talks in Moscow.";

    [Theory]
    [InlineData(1, 12)] // rare actor: few mentions, many facts
    [InlineData(12, 1)] // common actor: many mentions, few facts
    public void Actor_filters_on_claims_and_figures_select_exactly_the_facts_that_involve_the_actor(int russiaDocuments, int otherDocuments)
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        for (int i = 0; i < russiaDocuments; i++)
            store.Save(_pipeline.Run(TestDocuments.Text($"r{i}", $"{RussiaClaim} {RussiaOnly} {RussiaOnly}")));
        for (int i = 0; i < otherDocuments; i++)
            store.Save(_pipeline.Run(TestDocuments.Text($"o{i}", $"{OtherClaim} {OtherClaim}")));
        string[] side = ["RUS"];
        var mentioned = store.MentionsOf("RUS", int.MaxValue).Select(m => (m.Evidence.DocumentId, m.Evidence.Sentence)).ToHashSet();
        Assert.NotEmpty(mentioned);

        var allClaims = store.Claims(new ClaimQuery(Limit: int.MaxValue));
        var expectedClaims = allClaims.Where(c => c.SpeakerId == "RUS" || mentioned.Contains((c.Evidence.DocumentId, c.Evidence.Sentence)))
            .Select(c => (c.Evidence.DocumentId, c.Evidence.Sentence, c.ClaimId)).Order().ToList();
        var claims = store.FindClaims(new FactFilter(Actor: side), 1000, 0);
        Assert.Equal(expectedClaims, claims.Items.Select(c => (c.Evidence.DocumentId, c.Evidence.Sentence, c.ClaimId)).Order().ToList());
        Assert.Equal(expectedClaims.Count, claims.Total);

        var allFigures = store.Figures(new FigureQuery(Limit: int.MaxValue));
        var expectedFigures = allFigures.Where(f => mentioned.Contains((f.Evidence.DocumentId, f.Evidence.Sentence)))
            .Select(f => (f.Evidence.DocumentId, f.Evidence.Sentence, f.Text)).Order().ToList();
        Assert.NotEmpty(expectedFigures);
        var figures = store.FindFigures(new FactFilter(Actor: side), 1000, 0);
        Assert.Equal(expectedFigures, figures.Items.Select(f => (f.Evidence.DocumentId, f.Evidence.Sentence, f.Text)).Order().ToList());
        Assert.Equal(expectedFigures.Count, figures.Total);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_still_counts_every_match()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        for (int i = 0; i < 3; i++)
            store.Save(_pipeline.Run(TestDocuments.Text($"r{i}", $"{RussiaClaim} {RussiaOnly}")));
        var firstPage = store.FindMentions("RUS", new FactFilter(), 1, 0);

        var beyond = store.FindMentions("RUS", new FactFilter(), 10, 10_000);

        Assert.Single(firstPage.Items);
        Assert.True(firstPage.Total > 1);
        Assert.Empty(beyond.Items);
        Assert.Equal(firstPage.Total, beyond.Total);
    }

    [Fact]
    public void Claims_involving_a_side_keep_those_it_speaks_or_that_name_it_in_their_proposition()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        store.Save(_pipeline.Run(TestDocuments.Text("r", $"{RussiaClaim} {OtherClaim}")));
        var all = store.Claims(new ClaimQuery(Limit: int.MaxValue));
        Assert.NotEmpty(all);

        var involving = store.Claims(new ClaimQuery(Limit: int.MaxValue, Involving: ["RUS"]));
        var none = store.Claims(new ClaimQuery(Limit: int.MaxValue, Involving: []));

        var expected = all.Where(c => c.SpeakerId == "RUS" || (c.PropositionKey?.Contains("RUS", StringComparison.Ordinal) ?? false))
            .Select(c => c.ClaimId).ToList();
        Assert.Equal(expected, involving.Select(c => c.ClaimId).ToList());
        Assert.Empty(none);
    }

    public void Dispose() => _dir.Dispose();
}
