using System.Globalization;
using Microsoft.Data.Sqlite;
using Relata.Documents;
using Relata.Export;
using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Events.Merging;

public sealed class MergedStoreTests
{
    private static readonly Lazy<RelataPipeline> Pipeline = new(() => DefaultPipeline.Create());

    private static DocumentAnalysis Run(string id, string outlet, string published, string text) =>
        Pipeline.Value.Run(TestDocuments.Text(id, text, new DocumentMetadata
        {
            Outlet = outlet, PublishedDate = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));

    private const string Wire = "On 17 April, Russia's Supreme Court removed the Taliban from the list of terrorist organisations.";
    private const string Weekly = "Russia's Supreme Court removed the Taliban from its list of terrorist organisations in April. Pakistan hosted Chinese officials in March.";

    [Fact]
    public void Store_merges_one_event_reported_by_two_documents()
    {
        using var dir = new TempDirectory();
        using var store = SqliteStore.Open(dir.File("r.db"));
        store.Save(Run("wire", "Steppe Wire", "2025-04-30", Wire));
        store.Save(Run("weekly", "Eurasia Weekly", "2025-06-02", Weekly));

        var ruling = Assert.Single(store.MergedEvents(new EventQuery(Code: "08")));
        Assert.Equal(2, ruling.Documents);
        Assert.Equal(2, ruling.Outlets);
        Assert.Equal("2025-04-17", ruling.Representative.Date);
        Assert.All(ruling.Mentions, m => Assert.Equal(ruling.Id, m.MergedInto));
        Assert.Contains(ruling.Conflicts, c => c.Field == "date" && c.Kind == "precision");
        // A query matching one report lists the whole event.
        var byDate = Assert.Single(store.MergedEvents(new EventQuery(Code: "08", From: "2025-04-17", To: "2025-04-17")));
        Assert.Equal(2, byDate.Mentions.Count);
    }

    [Fact]
    public void Events_stored_before_migration_6_get_merge_blocks_on_open()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Save(Run("wire", "Steppe Wire", "2025-04-30", Wire));
            store.Save(Run("weekly", "Eurasia Weekly", "2025-06-02", Weekly));
        }
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE events SET merge_block = NULL";
            Assert.True(cmd.ExecuteNonQuery() > 0);
        }
        using var reopened = SqliteStore.Open(path);
        Assert.Equal(2, Assert.Single(reopened.MergedEvents(new EventQuery(Code: "08"))).Documents);
    }

    [Fact]
    public void Extract_links_repeated_reports_within_a_document_and_tags_topics()
    {
        var analysis = Run("doc", "Steppe Wire", "2025-04-30",
            "On 17 April, Russia's Supreme Court removed the Taliban from the list of terrorist organisations. " +
            "Trade envoys welcomed the news. Russia's Supreme Court removed the Taliban from the list on 17 April after a closed session.");
        var events = ExtractMapper.Map(analysis).Events.Where(e => e.Cameo.StartsWith("08", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal([events[0].Id, events[1].Id], events[0].Mentions);
        Assert.Null(events[0].MergedInto);
        Assert.Equal(events[0].Id, events[1].MergedInto);
        Assert.All(events, e => Assert.NotNull(e.Topics));
        Assert.Contains(ExtractMapper.Map(analysis).Events, e => e.Topics!.Count > 0);
    }
}
