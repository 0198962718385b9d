using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.EndToEnd;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Demo_ingests_the_bundled_corpus_and_says_where_the_results_are_and_what_to_run_next()
    {
        var demo = CliRunner.Run(_dir.Path, "--db", "demo.db", "demo");

        Assert.True(demo.ExitCode == 0, demo.Stderr);
        Assert.Contains(_dir.File("demo.db"), demo.Stdout);
        Assert.Contains("Next:", demo.Stdout);
        Assert.Equal("", demo.Stderr.Trim());
        using var docs = JsonDocument.Parse(CliRunner.Run(_dir.Path, "--db", "demo.db", "docs", "--json").Stdout);
        int inputs = Directory.EnumerateFiles(TestPaths.DemoDirectory).Count();
        Assert.True(docs.RootElement.GetArrayLength() >= inputs, $"{docs.RootElement.GetArrayLength()} documents from {inputs} inputs");
        Assert.Contains(docs.RootElement.EnumerateArray(), d => d.GetProperty("format").GetString() == "pdf");
    }

    [Fact]
    public void Running_the_demo_twice_stores_nothing_new()
    {
        CliRunner.Run(_dir.Path, "--db", "demo.db", "demo");

        var again = CliRunner.Run(_dir.Path, "--db", "demo.db", "demo");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added", again.Stdout);
    }

    public void Dispose() => _dir.Dispose();
}
