using System.Text.Json;
using System.Xml.Linq;
using Relata.Tests.Import;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

public sealed class ImportExportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private CliResult Relata(params string[] args) => CliRunner.Run(_dir.Path, args);

    [Fact]
    public void Import_reports_malformed_rows_as_file_line_reason_imports_the_rest_and_exits_with_input_failed()
    {
        string file = _dir.File("sample.export.CSV");
        File.Copy(ImportFixtures.Gdelt, file);

        var result = Relata("import", "gdelt", file);

        Assert.Equal(2, result.ExitCode);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([3, 4, 5, 7], errors.Select(e => int.Parse(e[(file.Length + 1)..e.IndexOf(':', file.Length + 1)])));
        Assert.All(errors, e => Assert.StartsWith(file + ":", e));
        Assert.Contains("3 GDELT events imported", result.Stdout);
        using var events = JsonDocument.Parse(Relata("events", "--json").Stdout);
        Assert.Equal(3, events.RootElement.GetArrayLength());
    }

    [Fact]
    public void A_clean_acled_file_imports_with_exit_code_zero()
    {
        string file = _dir.Write("clean.csv", string.Join('\n', File.ReadAllText(ImportFixtures.Acled).Split('\n')
            .Where(l => !l.StartsWith("AFG90004") && !l.StartsWith("AFG90005") && !l.StartsWith("AFG90006"))));

        var result = Relata("import", "acled", file, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(4, json.RootElement.GetProperty("events").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void Export_writes_every_format_from_imported_events()
    {
        Relata("import", "acled", ImportFixtures.Acled);

        foreach (var (format, file) in new[] { ("jsonl", "x.jsonl"), ("gexf", "x.gexf"), ("timelinejs", "x.json"), ("geojson", "x.geojson"), ("ftm", "x.ftm.json") })
        {
            var result = Relata("export", "--format", format, "--out", "out/" + file);
            Assert.True(result.ExitCode == 0, $"{format}: {result.Stderr}");
            Assert.True(new FileInfo(_dir.File("out/" + file)).Length > 0, format);
        }
        Assert.Equal("gexf", XDocument.Load(_dir.File("out/x.gexf")).Root!.Name.LocalName);
        var csv = Relata("export", "--format", "csv", "--out", "tables/");
        Assert.Equal(0, csv.ExitCode);
        Assert.True(File.Exists(_dir.File("tables/events.csv")));
        Assert.False(File.Exists(_dir.File("tables/claims.csv")));
        Assert.Contains("claims: none match", csv.Stderr);
    }

    [Fact]
    public void Export_with_nothing_to_write_says_so_writes_no_file_and_exits_non_zero()
    {
        Relata("import", "acled", ImportFixtures.Acled);

        var result = Relata("export", "--format", "geojson", "--from", "1990", "--to", "1991", "--out", "empty.geojson");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Nothing to export", result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(_dir.File("empty.geojson")));
    }

    [Fact]
    public void Export_for_an_unknown_actor_suggests_close_names()
    {
        Relata("import", "acled", ImportFixtures.Acled);

        var result = Relata("export", "--format", "jsonl", "--actor", "Afganistan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean", result.Stderr);
        Assert.Contains("Afghanistan", result.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
