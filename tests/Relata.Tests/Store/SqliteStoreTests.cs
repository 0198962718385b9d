using Microsoft.Data.Sqlite;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Store;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Store;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RelataPipeline _pipeline = DefaultPipeline.Create();

    private SqliteStore OpenStore() => SqliteStore.Open(_dir.File("relata.db"));

    private DocumentAnalysis Analyse(string id, string text) => _pipeline.Run(TestDocuments.Text(id, text));

    [Fact]
    public void A_new_document_is_stored_with_its_sentences_and_offsets()
    {
        using var store = OpenStore();
        var result = store.Save(Analyse("a", "Officials met in Tashkent. They signed a memorandum."));

        Assert.Equal(new SaveResult("a", 1, SaveOutcome.Added), result);
        var doc = store.GetDocument("a")!;
        Assert.Equal(2, doc.Sentences.Count);
        var second = doc.Sentences[1];
        Assert.Equal(second.Text, doc.Text[second.Start..second.End]);
    }

    [Fact]
    public void Saving_the_same_content_twice_is_a_no_op()
    {
        using var store = OpenStore();
        store.Save(Analyse("a", "One sentence here."));

        var again = store.Save(Analyse("a", "One sentence here."));

        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
        Assert.Single(store.ListDocuments());
        Assert.Single(store.Search("sentence"));
    }

    [Fact]
    public void Changed_content_under_the_same_id_becomes_a_new_version_and_search_sees_only_it()
    {
        using var store = OpenStore();
        store.Save(Analyse("a", "The railway was planned."));

        var changed = store.Save(Analyse("a", "The corridor was opened."));

        Assert.Equal(SaveOutcome.NewVersion, changed.Outcome);
        Assert.Equal(2, changed.Version);
        Assert.Equal(2, store.GetDocument("a")!.Summary.Version);
        Assert.Empty(store.Search("railway"));
        Assert.Single(store.Search("corridor"));
    }

    [Fact]
    public void The_same_content_under_another_id_is_reported_as_a_duplicate_and_not_stored()
    {
        using var store = OpenStore();
        store.Save(Analyse("a", "Identical text."));

        var dup = store.Save(Analyse("b", "Identical text."));

        Assert.Equal(SaveOutcome.Duplicate, dup.Outcome);
        Assert.Equal("a", dup.DuplicateOf);
        Assert.Single(store.ListDocuments());
    }

    [Fact]
    public void A_save_that_fails_midway_leaves_no_trace_of_the_document()
    {
        using var store = OpenStore();
        var analysis = Analyse("broken", "First sentence. Second sentence.");
        // Two sentences with one index violate the store's uniqueness after the version row is written.
        analysis.Sentences[1] = analysis.Sentences[1] with { Index = 0 };

        Assert.ThrowsAny<SqliteException>(() => store.Save(analysis));

        Assert.Empty(store.ListDocuments());
        Assert.Null(store.GetDocument("broken"));
        Assert.Empty(store.Search("sentence"));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_the_schema_is_at_the_latest_version()
    {
        using (var store = OpenStore()) store.Save(Analyse("a", "Kept across sessions."));

        using var reopened = OpenStore();

        Assert.Equal(SqliteMigrator.LatestVersion, reopened.SchemaVersion);
        Assert.Single(reopened.ListDocuments());
    }

    [Fact]
    public void A_store_from_a_newer_relata_is_refused_with_a_clear_error()
    {
        string path = _dir.File("future.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 999";
            cmd.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        Assert.Contains("newer", error.Message);
    }

    [Theory]
    [InlineData("a1b2", "a1b2c3")]
    [InlineData("a1", null)]
    [InlineData("zzz", null)]
    public void Documents_are_found_by_id_or_unambiguous_prefix(string query, string? expected)
    {
        using var store = OpenStore();
        store.Save(Analyse("a1b2c3", "First document."));
        store.Save(Analyse("a1x", "Second document."));

        Assert.Equal(expected, store.GetDocument(query)?.Summary.Id);
    }

    [Theory]
    [InlineData("Trans-Afghan", 1)]
    [InlineData("\"Trans-Afghan railway\"", 1)]
    [InlineData("trans*", 1)]
    [InlineData("railway OR corridor", 2)]
    [InlineData("\"unbalanced", 0)]
    [InlineData("AND NOT (", 0)]
    [InlineData("*", 0)]
    public void Search_accepts_what_users_type_without_syntax_errors(string query, int expectedHits)
    {
        using var store = OpenStore();
        store.Save(Analyse("a", "The Trans-Afghan railway is under construction."));
        store.Save(Analyse("b", "A corridor links the ports."));

        Assert.Equal(expectedHits, store.Search(query).Count);
    }

    [Fact]
    public void Search_hits_carry_the_sentence_reference_and_highlight_the_match()
    {
        using var store = OpenStore();
        store.Save(Analyse("a", "Nothing here. The envoy visited Kabul."));

        var hit = Assert.Single(store.Search("envoy"));

        Assert.Equal(("a", 1), (hit.DocumentId, hit.SentenceIndex));
        Assert.Contains(HitMarkers.Open + "envoy" + HitMarkers.Close, hit.Snippet);
        Assert.Equal("The envoy visited Kabul.", store.GetDocument("a")!.Text[hit.Start..hit.End]);
    }

    public void Dispose() => _dir.Dispose();
}
