using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Events.Merging;

/// <summary>The seed articles beside the checkout (skipped when absent), ingested as the CLI does, then merged.</summary>
public sealed class SeedMergingTests
{
    [Fact]
    public void An_event_reported_by_two_seed_articles_is_one_event_with_two_sources()
    {
        if (TestPaths.SeedsDirectory is not { } seeds) return;
        using var dir = new TempDirectory();
        using var store = SqliteStore.Open(dir.File("seeds.db"));
        var pipeline = DefaultPipeline.Create();
        foreach (var item in IngestSource.Read([seeds]))
        {
            Assert.False(item.IsError, item.ToString());
            store.Save(pipeline.Run(item.Document));
        }

        var merged = store.MergedEvents(new EventQuery());
        var shared = merged.Where(e => e.Documents >= 2).ToList();
        // At least one event that two articles each date in their own words, not only glued through undated reports.
        Assert.Contains(shared, e => e.Mentions.All(m => m.DateFrom == "sentence"));
        foreach (var e in shared)
        {
            Assert.Equal(e.Documents, e.Mentions.Select(m => m.Evidence.DocumentId).Distinct().Count());
            Assert.All(e.Mentions, m => Assert.Equal(e.Id, m.MergedInto));
        }
        // Merging counts reports once: fewer merged events than stored reports.
        Assert.True(merged.Count < merged.Sum(e => e.Mentions.Count));
    }
}
