using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

/// <summary>The analysis commands and the dossier on a small corpus written for these tests.</summary>
public sealed class AnalysisCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private CliResult Relata(params string[] args) => CliRunner.Run(_dir.Path, args);

    private void Ingest()
    {
        _dir.Write("corpus/talks.txt", """
            Envoys Meet in Tashkent

            TASHKENT, March 3, 2024 — Uzbekistan hosted a delegation of the Taliban on 2 March 2024.
            Uzbekistan and the Taliban signed an agreement on a new railway on 2 March 2024.
            Uzbek officials said trade with Afghanistan reached $1.1 billion in 2023.
            Officials warned that drug trafficking along the border remains a threat.
            """);
        _dir.Write("corpus/later.txt", """
            Railway Talks Continue

            TASHKENT, June 10, 2025 — Uzbekistan criticised the Taliban on 9 June 2025 over water use on the Amu Darya.
            Uzbekistan and Afghanistan agreed on 9 June 2025 to expand transit trade.
            """);
        Assert.Equal(0, Relata("ingest", "corpus").ExitCode);
    }

    [Fact]
    public void Dossier_writes_one_self_contained_html_file_and_markdown_on_request()
    {
        Ingest();

        var html = Relata("dossier", "Uzbekistan", "Afghanistan", "--out", "d.html");
        var md = Relata("dossier", "Uzbekistan", "Afghanistan", "--out", "d.md");

        Assert.Equal(0, html.ExitCode);
        string page = File.ReadAllText(_dir.File("d.html"));
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<svg ", page);
        Assert.DoesNotContain("<script", page);
        Assert.Equal(0, md.ExitCode);
        Assert.StartsWith("# Relationship dossier: Uzbekistan and Afghanistan", File.ReadAllText(_dir.File("d.md")));
    }

    [Fact]
    public void An_unknown_actor_gets_suggestions_and_a_usage_exit_code()
    {
        Ingest();

        var result = Relata("dossier", "Uzbekistn", "Afghanistan", "--out", "d.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean Uzbekistan", result.Stderr);
        Assert.False(File.Exists(_dir.File("d.html")));
    }

    [Fact]
    public void An_empty_period_gives_a_clear_message_and_no_file()
    {
        Ingest();

        var result = Relata("dossier", "Uzbekistan", "Afghanistan", "--from", "2030", "--out", "d.html");
        var dyad = Relata("dyad", "Uzbekistan", "Afghanistan", "--from", "2030");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Nothing to report", result.Stderr);
        Assert.False(File.Exists(_dir.File("d.html")));
        Assert.Equal(0, dyad.ExitCode);
        Assert.Contains("No asserted events between Uzbekistan and Afghanistan between 2030", dyad.Stdout);
    }

    [Fact]
    public void Dyad_json_counts_asserted_events_in_both_directions()
    {
        Ingest();

        var result = Relata("dyad", "Uzbekistan", "Afghanistan", "--by", "quarter", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var periods = json.RootElement.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.Matches(@"^\d{4}(-Q\d)?$", p.GetProperty("period").GetString()!));
        int counted = json.RootElement.GetProperty("events").GetArrayLength();
        int total = json.RootElement.GetProperty("total_a_to_b").GetProperty("events").GetInt32() + json.RootElement.GetProperty("total_b_to_a").GetProperty("events").GetInt32();
        Assert.Equal(counted, total);
    }

    [Theory]
    [InlineData("timeline", "--actor", "Uzbekistan")]
    [InlineData("network")]
    [InlineData("instruments", "--actor", "Uzbekistan")]
    [InlineData("tracker")]
    [InlineData("corroboration")]
    public void Each_analysis_command_writes_json(params string[] args)
    {
        Ingest();

        var result = Relata([.. args, "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var _ = JsonDocument.Parse(result.Stdout);
    }

    [Fact]
    public void A_malformed_period_is_a_usage_error()
    {
        Ingest();

        var result = Relata("timeline", "--from", "last spring");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a date", result.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
