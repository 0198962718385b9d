using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private CliResult Relata(params string[] args) => CliRunner.Run(_dir.Path, args);

    private void WriteCorpus()
    {
        _dir.Write("corpus/visit.txt", "Envoy Visits Kabul\n\nThe special envoy travelled to Kabul on 22 April 2025. He met the acting foreign minister.\n");
        _dir.Write("corpus/rail.txt", "Rail Link Advances\n\nThe Trans-Afghan railway project moved forward in July 2025. Engineers surveyed the route.\n");
    }

    [Fact]
    public void Ingest_then_docs_lists_every_document_as_json()
    {
        WriteCorpus();

        var ingest = Relata("ingest", "corpus");
        var docs = Relata("docs", "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("2 added", ingest.Stdout);
        using var json = JsonDocument.Parse(docs.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), d => Assert.True(d.GetProperty("sentence_count").GetInt32() >= 2));
    }

    [Fact]
    public void Ingesting_the_same_inputs_again_adds_nothing()
    {
        WriteCorpus();
        Relata("ingest", "corpus");

        var again = Relata("ingest", "corpus");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added", again.Stdout);
        Assert.Contains("2 unchanged", again.Stdout);
    }

    [Fact]
    public void Search_prints_document_and_sentence_references_for_each_hit()
    {
        WriteCorpus();
        Relata("ingest", "corpus");

        var search = Relata("search", "Trans-Afghan");

        Assert.Equal(0, search.ExitCode);
        var line = Assert.Single(search.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^rail-[0-9a-f]{8}#\d+ \[\d+-\d+\] .*»Trans-Afghan«", line);
    }

    [Fact]
    public void The_db_option_and_the_environment_variable_choose_the_store()
    {
        WriteCorpus();
        Relata("--db", "other/store.db", "ingest", "corpus/rail.txt");

        Assert.True(File.Exists(_dir.File("other/store.db")));
        Assert.False(File.Exists(_dir.File("relata.db")));
        var psi = CliRunner.StartInfo(_dir.Path, "docs", "--json");
        psi.Environment["RELATA_DB"] = "other/store.db";
        using var p = System.Diagnostics.Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetArrayLength());
    }

    [Fact]
    public void Show_prints_metadata_and_numbered_sentences()
    {
        WriteCorpus();
        Relata("ingest", "corpus");
        string id = JsonDocument.Parse(Relata("docs", "--json").Stdout).RootElement[0].GetProperty("id").GetString()!;

        var show = Relata("show", id[..6]);

        Assert.Equal(0, show.ExitCode);
        Assert.Contains(id, show.Stdout);
        Assert.Matches(@"\s+1 \[\d+-\d+\]", show.Stdout);
    }

    [Fact]
    public void Extract_writes_one_json_array_and_stores_nothing()
    {
        WriteCorpus();

        var extract = Relata("extract", "corpus", "--format", "json");

        Assert.Equal(0, extract.ExitCode);
        using var json = JsonDocument.Parse(extract.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        foreach (var field in new[] { "id", "source", "metadata", "sentences" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.False(File.Exists(_dir.File("relata.db")));
    }

    [Fact]
    public void Extract_jsonl_writes_one_object_per_line()
    {
        WriteCorpus();

        var extract = Relata("extract", "corpus", "--format", "jsonl");

        var lines = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public void Extract_reads_json_lines_from_stdin_and_keeps_record_ids_and_dates()
    {
        const string records = """
            {"id": "wire-1", "text": "Delegations met in Tashkent on Monday to discuss the railway.", "date": "2025-07-14", "title": "Railway talks"}
            {"id": "wire-2", "text": "The envoy arrived in Kabul.", "date": "2025-04-22"}
            """;

        var extract = CliRunner.RunWithInput(_dir.Path, records, "extract", "-", "--input", "jsonl", "--format", "jsonl");

        Assert.True(extract.ExitCode == 0, extract.Stderr);
        var docs = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["wire-1", "wire-2"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("2025-07-14", docs[0].GetProperty("date").GetProperty("value").GetString());
        Assert.False(docs[0].GetProperty("date").GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public void A_missing_input_is_one_error_line_the_rest_is_ingested_and_the_exit_code_is_2()
    {
        WriteCorpus();

        var ingest = Relata("ingest", "corpus", "does-not-exist.txt");

        Assert.Equal(2, ingest.ExitCode);
        var error = Assert.Single(ingest.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("does-not-exist.txt: ", error);
        Assert.Contains("2 added", ingest.Stdout);
        Assert.Contains("1 failed", ingest.Stdout);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest")]
    [InlineData("extract", "x", "--format", "xml")]
    public void Usage_errors_exit_with_1(params string[] args)
    {
        Assert.Equal(1, Relata(args).ExitCode);
    }

    [Fact]
    public void Listing_a_store_that_does_not_exist_is_a_usage_error_naming_it()
    {
        var docs = Relata("--db", "nowhere.db", "docs");

        Assert.Equal(1, docs.ExitCode);
        Assert.StartsWith("nowhere.db: ", docs.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
