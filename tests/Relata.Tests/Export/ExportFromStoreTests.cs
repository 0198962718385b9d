using System.Text.Json;
using Relata.Actors;
using Relata.Export.Formats;
using Relata.Export.Formats.Gexf;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Export;

/// <summary>Exports of facts the pipeline really stored (the demo corpus) load in their target formats.</summary>
public sealed class ExportFromStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private ExportSet DemoSet(ExportFilter filter)
    {
        var store = SqliteStore.Open(_dir.File("relata.db"));
        using (store)
        {
            var pipeline = DefaultPipeline.Create();
            var files = Directory.EnumerateFiles(TestPaths.DemoDirectory, "*.txt").Order(StringComparer.Ordinal).Take(4);
            foreach (var item in IngestSource.Read(files, new IngestOptions()))
                if (item.Document is { } document) store.Save(pipeline.Run(document));
            return ExportSelection.Select(store, filter, ActorKnowledgeBase.LoadBundled());
        }
    }

    [Fact]
    public void Every_format_written_from_stored_facts_loads_in_its_reader()
    {
        var set = DemoSet(new ExportFilter());
        Assert.NotEmpty(set.Events);

        string Write(string format)
        {
            var writer = new StringWriter();
            ExportFormats.Write(ExportFormats.Parse(format), writer, set, new DateOnly(2025, 1, 1));
            return writer.ToString();
        }

        string gexf = Write("gexf");
        Assert.Empty(GexfSchema.Errors(gexf));
        var graph = GexfReader.Read(new StringReader(gexf));
        Assert.Equal(GexfNetwork.Build(set).Edges.Select(e => e.Spells), graph.Edges.Select(e => e.Spells));

        using var timeline = JsonDocument.Parse(Write("timelinejs"));
        Assert.All(timeline.RootElement.GetProperty("events").EnumerateArray(), e =>
            Assert.True(e.GetProperty("start_date").GetProperty("year").GetInt32() > 1000));

        using var geo = JsonDocument.Parse(Write("geojson"));
        Assert.All(geo.RootElement.GetProperty("features").EnumerateArray(), f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), -180, 180);
            Assert.InRange(c[1].GetDouble(), -90, 90);
        });

        foreach (string line in Write("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Concat(Write("ftm").Split('\n', StringSplitOptions.RemoveEmptyEntries)))
            using (JsonDocument.Parse(line)) { }
    }

    [Fact]
    public void Filters_keep_only_facts_of_the_actor_and_period()
    {
        var set = DemoSet(new ExportFilter(Actor: "AFG", From: "2024"));

        Assert.NotEmpty(set.Events);
        Assert.All(set.Events, e =>
        {
            Assert.True(e.Event.SourceId == "AFG" || e.Event.TargetId == "AFG");
            Assert.True(string.CompareOrdinal(e.Event.Date, "2024") >= 0);
        });
    }

    public void Dispose() => _dir.Dispose();
}
