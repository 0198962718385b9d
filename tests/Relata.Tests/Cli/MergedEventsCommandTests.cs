using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

public sealed class MergedEventsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private CliResult Relata(params string[] args) => CliRunner.Run(_dir.Path, args);

    [Fact]
    public void Events_merged_shows_one_event_with_two_sources()
    {
        _dir.Write("corpus/wire.txt", "Court lifts ban\n\nPublished: 2025-04-30\n\nOn 17 April, Russia's Supreme Court removed the Taliban from the list of terrorist organisations.\n");
        _dir.Write("corpus/weekly.txt", "Kabul's new friends\n\nPublished: 2025-06-02\n\nRussia's Supreme Court removed the Taliban from its list of terrorist organisations in April, and trade talks followed.\n");
        Assert.Equal(0, Relata("ingest", "corpus").ExitCode);

        using var merged = JsonDocument.Parse(Relata("events", "--merged", "--code", "08", "--json").Stdout);
        var ruling = Assert.Single(merged.RootElement.EnumerateArray());
        Assert.Equal(2, ruling.GetProperty("documents").GetInt32());
        Assert.Equal(2, ruling.GetProperty("mentions").GetArrayLength());
        Assert.Equal("2025-04-17", ruling.GetProperty("representative").GetProperty("date").GetString());
        Assert.Contains(ruling.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("field").GetString() == "date");

        var table = Relata("events", "--merged");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("outlets", table.Stdout);
    }

    public void Dispose() => _dir.Dispose();
}
