using Relata.Actors;
using Relata.Documents;
using Relata.Export.Formats;
using Relata.Import;
using Relata.Import.Acled;
using Relata.Import.Gdelt;
using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Import;

public sealed class ImportStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly ImportActorLinker Linker = new(ActorKnowledgeBase.LoadBundled(), AcledCrosswalk.Default.ActorForms);

    private static ImportedDocument BuildGdelt(string path)
    {
        using var reader = new StreamReader(path);
        return ImportDocumentBuilder.Build(GdeltEventReader.Read(reader), path, Linker);
    }

    [Fact]
    public void Each_row_becomes_a_sentence_that_starts_with_its_line_and_holds_the_actor_spans()
    {
        var imported = BuildGdelt(ImportFixtures.Gdelt);
        var analysis = imported.Analysis;

        Assert.Equal("gdelt", analysis.Document.Format);
        Assert.Equal(3, analysis.Events.Count);
        Assert.Equal(analysis.Sentences.Count, analysis.Events.Count);
        foreach (var e in analysis.Events)
        {
            var sentence = analysis.Sentences[e.Evidence.Sentence];
            Assert.Equal(sentence.Text, analysis.Text[e.Evidence.Start..e.Evidence.End]);
            Assert.StartsWith("Line ", sentence.Text);
            if (e.Source is { } s) Assert.Equal(s.Name, s.Span.Slice(analysis.Text));
            if (e.Target is { } t) Assert.Equal(t.Name, t.Span.Slice(analysis.Text));
            if (e.Location is { } l) Assert.Equal(l.Name, l.Span.Slice(analysis.Text));
            Assert.Equal(e.CameoName, e.TriggerSpan.Slice(analysis.Text));
        }
        Assert.StartsWith("Line 6 ", analysis.Sentences[2].Text);
        var first = analysis.Events[0];
        Assert.Equal(("RUS", "AFG", "2024-03-05", "AFG"), (first.Source!.Id, first.Target!.Id, first.Date!.Value, first.Location!.Country));
        Assert.Equal(new EventOrigin(EventOrigin.Imported, "1176000001", "https://www.example-wire.org/2024/03/05/envoy-talks", "example-wire.org"),
            imported.Origins[first.Id]);
    }

    [Fact]
    public void Imported_events_are_stored_with_provenance_and_a_second_import_of_the_same_file_changes_nothing()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        var imported = BuildGdelt(ImportFixtures.Gdelt);

        var first = store.SaveImported(imported.Analysis, imported.Origins);
        var again = store.SaveImported(BuildGdelt(ImportFixtures.Gdelt).Analysis, imported.Origins);

        Assert.Equal(SaveOutcome.Added, first.Outcome);
        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
        var events = store.Events(new EventQuery());
        Assert.Equal(3, events.Count);
        var origins = store.EventOrigins();
        Assert.All(events, e => Assert.Equal(EventOrigin.Imported, origins[(e.Evidence.DocumentId, e.EventId)].Provenance));
        Assert.Equal("news.example.net", origins[(first.DocumentId, "e2")].Outlet);
        Assert.StartsWith("Line 2 ", Assert.Single(events, e => e.EventId == "e2").Evidence.SentenceText);
    }

    [Fact]
    public void Export_selection_marks_imported_and_text_events_apart()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        var imported = BuildGdelt(ImportFixtures.Gdelt);
        store.SaveImported(imported.Analysis, imported.Origins);
        store.Save(DefaultPipeline.Create().Run(TestDocuments.Text("talks", TalksText, new DocumentMetadata { Outlet = "Example Wire" })));

        var set = ExportSelection.Select(store, new ExportFilter(From: "2024-03", To: "2024-03"), ActorKnowledgeBase.LoadBundled());

        Assert.Contains(set.Events, e => e.Origin.Provenance == EventOrigin.Imported);
        Assert.Contains(set.Events, e => e.Origin.Provenance == EventOrigin.Text);
        Assert.All(set.Events, e => Assert.StartsWith("2024-03", e.Event.Date));
    }

    private const string TalksText = """
        Envoy talks in Kabul

        KABUL, March 5, 2024 — Russian Foreign Minister Sergei Lavrov met Afghanistan's acting foreign minister Amir Khan Muttaqi in Kabul on Tuesday.
        """;

    [Fact]
    public void An_imported_row_and_an_article_about_the_same_meeting_merge_into_one_event_with_two_sources()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        store.Save(DefaultPipeline.Create().Run(TestDocuments.Text("talks", TalksText, new DocumentMetadata { Outlet = "Example Wire" })));
        string gdelt = _dir.Write("talks.export.CSV", ImportFixtures.GdeltLine(
            ("GLOBALEVENTID", "1176000100"), ("SQLDATE", "20240305"), ("Actor1Name", "SERGEI LAVROV"), ("Actor1Code", "RUSGOV"),
            ("Actor1CountryCode", "RUS"), ("Actor2Name", "AFGHANISTAN"), ("Actor2Code", "AFG"), ("Actor2CountryCode", "AFG"),
            ("EventCode", "040"), ("GoldsteinScale", "1.0"), ("ActionGeo_FullName", "Kabul, Kabol, Afghanistan"),
            ("ActionGeo_Lat", "34.5167"), ("ActionGeo_Long", "69.1833"), ("SOURCEURL", "https://other-news.example.org/lavrov-kabul")) + "\n");
        var imported = BuildGdelt(gdelt);
        store.SaveImported(imported.Analysis, imported.Origins);

        var merged = store.MergedEvents(new EventQuery(Code: "04"));

        var meeting = Assert.Single(merged, m => m.Mentions.Any(e => e.Evidence.DocumentId == imported.Analysis.Document.Id));
        Assert.Contains(meeting.Mentions, e => e.Evidence.DocumentId == "talks");
        Assert.Equal(2, meeting.Outlets);
    }

    public void Dispose() => _dir.Dispose();
}
