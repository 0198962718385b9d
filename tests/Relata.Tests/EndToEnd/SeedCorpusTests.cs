using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.EndToEnd;

/// <summary>Ingests the seed articles beside the checkout, when present, through the real CLI.</summary>
public sealed class SeedCorpusTests : IDisposable
{
    private static readonly string[] Debris = ["Leave a Reply", "Back to top", "Your email address will not be published", "Photo by"];
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Every_seed_becomes_one_clean_dated_document_and_search_finds_its_sentences()
    {
        if (TestPaths.SeedsDirectory is not { } seeds) return;
        int seedCount = Directory.EnumerateFiles(seeds).Count();

        var ingest = CliRunner.Run(_dir.Path, "ingest", seeds);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        using var docs = JsonDocument.Parse(CliRunner.Run(_dir.Path, "docs", "--json").Stdout);
        Assert.Equal(seedCount, docs.RootElement.GetArrayLength());
        foreach (var doc in docs.RootElement.EnumerateArray())
        {
            string id = doc.GetProperty("id").GetString()!;
            Assert.True(doc.GetProperty("date").ValueKind == JsonValueKind.Object, $"{id} has no reference date");
            var date = doc.GetProperty("date");
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", date.GetProperty("value").GetString());
            bool stated = doc.GetProperty("metadata").GetProperty("published").ValueKind == JsonValueKind.String;
            Assert.Equal(!stated, date.GetProperty("inferred").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(date.GetProperty("reason").GetString()));

            using var shown = JsonDocument.Parse(CliRunner.Run(_dir.Path, "show", id, "--json").Stdout);
            var sentences = shown.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
            Assert.InRange(sentences.Count, 5, 1000);
            double meanLength = sentences.Average(s => s.Length);
            Assert.InRange(meanLength, 30, 400);
            foreach (var phrase in Debris)
                Assert.DoesNotContain(sentences, s => s.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }

        var search = CliRunner.Run(_dir.Path, "search", "Trans-Afghan", "--json");
        using var hits = JsonDocument.Parse(search.Stdout);
        Assert.NotEqual(0, hits.RootElement.GetArrayLength());
        Assert.All(hits.RootElement.EnumerateArray(), h =>
            Assert.Contains("trans-afghan", h.GetProperty("text").GetString()!.ToLowerInvariant()));
    }

    public void Dispose() => _dir.Dispose();
}
