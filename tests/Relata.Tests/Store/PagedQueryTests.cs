using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Store;

/// <summary>
/// The paged lists of the HTTP API read only the facts of current document versions, in their list order, and keep
/// the ordered matches of a filter between requests until a document is stored.
/// </summary>
public sealed class PagedQueryTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RelataPipeline _pipeline = DefaultPipeline.Create();

    private const string Talks = "Russia and Afghanistan held talks in Moscow on 3 March 2021. "
        + "Russian officials said on 4 March 2021 that Moscow would send 20 tonnes of grain to Afghanistan.";

    private SqliteStore OpenStore() => SqliteStore.Open(_dir.File("relata.db"));

    private (int Events, int Claims, int Figures, int Mentions, int ActorMentions) Totals(SqliteStore store) => (
        store.FindEvents(new FactFilter(Actor: ["RUS"]), 100, 0).Total,
        store.FindClaims(new FactFilter(Actor: ["RUS"]), 100, 0).Total,
        store.FindFigures(new FactFilter(), 100, 0).Total,
        store.FindMentions("RUS", new FactFilter(), 100, 0).Total,
        store.FindActors("RUS", null, 10, 0).Items.Single(a => a.ActorId == "RUS").Mentions);

    [Fact]
    public void A_new_version_replaces_the_facts_of_the_old_one_in_paged_lists_and_counts()
    {
        using var store = OpenStore();
        store.Save(_pipeline.Run(TestDocuments.Text("a", Talks)));
        var first = Totals(store);
        Assert.True(first.Events > 0 && first.Claims > 0 && first.Figures > 0 && first.Mentions > 0);

        store.Save(_pipeline.Run(TestDocuments.Text("a", Talks + " The weather stayed mild.")));

        Assert.Equal(first, Totals(store));
    }

    [Fact]
    public void Pages_of_a_filter_follow_one_order_and_a_stored_document_shows_up_in_them()
    {
        using var store = OpenStore();
        for (int i = 0; i < 6; i++) store.Save(_pipeline.Run(TestDocuments.Text($"d{i}", Talks.Replace("2021", (2015 + i).ToString()))));
        var all = store.FindMentions("RUS", new FactFilter(), 1000, 0);
        var paged = Enumerable.Range(0, (all.Total + 2) / 3).SelectMany(p => store.FindMentions("RUS", new FactFilter(), 3, p * 3).Items).ToList();

        Assert.Equal(all.Items, paged);
        Assert.Equal(all.Items.OrderBy(m => m.Date, StringComparer.Ordinal).Select(m => m.Date), all.Items.Select(m => m.Date));

        store.Save(_pipeline.Run(TestDocuments.Text("late", Talks)));
        Assert.True(store.FindMentions("RUS", new FactFilter(), 1000, 0).Total > all.Total);
    }

    public void Dispose() => _dir.Dispose();
}
