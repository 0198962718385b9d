using System.Text.Json;
using CsvHelper;
using Relata.Export.Formats;
using Relata.Export.Formats.Csv;
using Relata.Export.Formats.Ftm;
using Relata.Export.Formats.GeoJson;
using Relata.Export.Formats.Gexf;
using Relata.Export.Formats.TimelineJs;
using Relata.Tests.Support;

namespace Relata.Tests.Export;

/// <summary>Each export loads back in a reader of its target format with the content it was given.</summary>
public sealed class ExportFormatReaderTests
{
    private static string Gexf(ExportSet set)
    {
        var writer = new StringWriter();
        GexfWriter.Write(writer, GexfNetwork.Build(set), ExportSamples.Today);
        return writer.ToString();
    }

    [Fact]
    public void Gexf_validates_against_the_gexf_1_3_schema() => Assert.Empty(GexfSchema.Errors(Gexf(ExportSamples.Set())));

    [Fact]
    public void Gexf_schema_rejects_an_edge_without_a_source() =>
        Assert.NotEmpty(GexfSchema.Errors(Gexf(ExportSamples.Set()).Replace("source=\"AFG\"", "")));

    [Fact]
    public void Gexf_time_spells_and_weights_survive_a_round_trip()
    {
        var set = ExportSamples.Set();

        var graph = GexfReader.Read(new StringReader(Gexf(set)));

        Assert.Equal("dynamic", graph.Mode);
        Assert.Equal("date", graph.TimeFormat);
        var ruToAf = Assert.Single(graph.Edges, e => e.Source == "RUS" && e.Target == "AFG");
        Assert.Equal(2, ruToAf.Weight);
        Assert.Equal([new GexfSpell(new(2024, 3, 5), new(2024, 3, 5)), new GexfSpell(new(2024, 4, 1), new(2024, 4, 30))], ruToAf.Spells);
        var afToRu = Assert.Single(graph.Edges, e => e.Source == "AFG" && e.Target == "RUS");
        Assert.Equal([new GexfSpell(new(2023, 1, 1), new(2023, 12, 31))], afToRu.Spells);
        Assert.Equal("2", ruToAf.Attributes["events"]);
        Assert.Equal("state", Assert.Single(graph.Nodes, n => n.Id == "RUS").Attributes["type"]);
        Assert.Equal(GexfNetwork.Build(set), graph with { Nodes = graph.Nodes, Edges = graph.Edges }, new GraphComparer());
    }

    [Fact]
    public void Gexf_network_leaves_out_events_that_did_not_happen_and_events_without_two_actors()
    {
        var graph = GexfNetwork.Build(ExportSamples.Set());

        // e4 is hypothetical, e5 has no target: neither makes an edge.
        Assert.Equal(3, graph.Edges.Count);
        Assert.Contains(graph.Nodes, n => n.Id == "name:Northern Militia");
        Assert.DoesNotContain(graph.Edges, e => e.Attributes["cameo_codes"].Contains("036"));
    }

    [Fact]
    public void TimelineJs_loads_with_start_dates_at_the_precision_of_each_event()
    {
        var set = ExportSamples.Set();
        var writer = new StringWriter();
        TimelineJsWriter.Write(writer, set);

        var timeline = JsonSerializer.Deserialize<Timeline>(writer.ToString(), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        Assert.Equal(set.Events.Count(e => e.Event.Date is not null), timeline.Events.Count);
        Assert.All(timeline.Events, e => Assert.False(string.IsNullOrWhiteSpace(e.Text.Headline)));
        var monthPrecise = Assert.Single(timeline.Events, e => e.Start_date.Display_date == "2024-04");
        Assert.Equal((2024, 4, null), (monthPrecise.Start_date.Year, monthPrecise.Start_date.Month, monthPrecise.Start_date.Day));
        var yearPrecise = Assert.Single(timeline.Events, e => e.Start_date.Display_date == "2023");
        Assert.Equal((2023, null, null), (yearPrecise.Start_date.Year, yearPrecise.Start_date.Month, yearPrecise.Start_date.Day));
        var dayPrecise = Assert.Single(timeline.Events, e => e.Start_date.Display_date == "2024-03-05");
        Assert.Equal((2024, 3, 5), (dayPrecise.Start_date.Year, dayPrecise.Start_date.Month, dayPrecise.Start_date.Day));
        Assert.Equal(timeline.Events.Count, timeline.Events.Select(e => e.Unique_id).Distinct().Count());
    }

    [Fact]
    public void GeoJson_is_a_feature_collection_of_points_in_longitude_latitude_order()
    {
        var set = ExportSamples.Set();
        var writer = new StringWriter();
        GeoJsonWriter.Write(writer, set);

        using var json = JsonDocument.Parse(writer.ToString());

        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var located = set.Events.Where(e => e.Event.Lat is not null).ToList();
        Assert.Equal(located.Count, features.Count);
        foreach (var (feature, e) in features.Zip(located))
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal([e.Event.Lon!.Value, e.Event.Lat!.Value], coordinates);
            Assert.Equal(e.Key, feature.GetProperty("properties").GetProperty("event_id").GetString());
        }
    }

    [Fact]
    public void Ftm_entities_use_schema_names_and_reference_only_entities_in_the_file()
    {
        var writer = new StringWriter();
        FtmWriter.Write(writer, ExportSamples.Set());

        var entities = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        string[] schemas = ["Person", "PublicBody", "Organization", "LegalEntity", "Event", "Document", "Documentation"];
        var ids = entities.Select(e => e.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(entities.Count, ids.Count);
        foreach (var entity in entities)
        {
            Assert.Contains(entity.GetProperty("schema").GetString(), schemas);
            foreach (var property in entity.GetProperty("properties").EnumerateObject())
            {
                Assert.All(property.Value.EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind));
                if (property.Name is "organizer" or "involved" or "proof" or "document" or "entity")
                    Assert.All(property.Value.EnumerateArray(), v => Assert.Contains(v.GetString()!, ids));
            }
        }
        var russia = Assert.Single(entities, e => e.GetProperty("id").GetString() == "relata.actor.RUS");
        Assert.Equal("PublicBody", russia.GetProperty("schema").GetString());
        Assert.Equal("ru", russia.GetProperty("properties").GetProperty("country")[0].GetString());
        Assert.Equal(6, entities.Count(e => e.GetProperty("schema").GetString() == "Event"));
    }

    [Fact]
    public void Csv_events_read_back_with_every_field_intact()
    {
        var set = ExportSamples.Set();
        var writer = new StringWriter();
        CsvExportWriter.WriteEvents(writer, set);

        using var csv = CsvReader.Create(new StringReader(writer.ToString()), new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true }, true);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(CsvExportWriter.EventColumns.Select((c, i) => (c, csv.GetString(i) ?? "")).ToDictionary(x => x.c, x => x.Item2));

        Assert.Equal(CsvExportWriter.EventColumns, csv.Headers);
        Assert.Equal(set.Events.Count, rows.Count);
        Assert.Equal(set.Events[0].Event.Evidence.SentenceText, rows[0]["evidence_text"]);
        Assert.Equal("doc-a:e1", rows[0]["event_id"]);
        Assert.Equal("04", rows[0]["cameo_root"]);
        Assert.Equal("imported", rows[3]["provenance"]);
        Assert.Equal("https://news.example.org/herat", rows[3]["source_url"]);
        Assert.Equal("https://wire.example.com/envoys", rows[0]["source_url"]);
    }

    [Theory]
    [InlineData("csv", false)]
    [InlineData("jsonl", false)]
    [InlineData("gexf", false)]
    [InlineData("timelinejs", false)]
    [InlineData("geojson", false)]
    [InlineData("ftm", false)]
    [InlineData("csv", true)]
    [InlineData("gexf", true)]
    [InlineData("geojson", true)]
    public void Nothing_says_why_a_format_has_nothing_to_write(string format, bool empty)
    {
        var set = empty ? ExportSamples.Empty() : ExportSamples.Set();

        string? why = ExportFormats.Nothing(ExportFormats.Parse(format), set);

        Assert.Equal(empty, why is not null);
    }

    private sealed record Timeline(TimelineSlide Title, List<TimelineEvent> Events);

    private sealed record TimelineSlide(TimelineText Text);

    private sealed record TimelineEvent(string Unique_id, TimelineDate Start_date, TimelineText Text, string? Group);

    private sealed record TimelineDate(int Year, int? Month, int? Day, string? Display_date);

    private sealed record TimelineText(string Headline, string Text);

    private sealed class GraphComparer : IEqualityComparer<GexfGraph>
    {
        public bool Equals(GexfGraph? a, GexfGraph? b) =>
            a is not null && b is not null && a.Nodes.Count == b.Nodes.Count && a.Edges.Count == b.Edges.Count
            && a.Nodes.Zip(b.Nodes).All(p => p.First.Id == p.Second.Id && p.First.Spells.SequenceEqual(p.Second.Spells)
                && p.First.Attributes.OrderBy(x => x.Key).SequenceEqual(p.Second.Attributes.OrderBy(x => x.Key)))
            && a.Edges.Zip(b.Edges).All(p => p.First.Id == p.Second.Id && p.First.Weight == p.Second.Weight && p.First.Spells.SequenceEqual(p.Second.Spells)
                && p.First.Attributes.OrderBy(x => x.Key).SequenceEqual(p.Second.Attributes.OrderBy(x => x.Key)));

        public int GetHashCode(GexfGraph obj) => obj.Nodes.Count;
    }
}
