using System.Text.RegularExpressions;
using Relata.Ingest;
using Relata.Ingest.Cleaning;
using Relata.Ingest.Decoding;

namespace Relata.Tests.Ingest;

/// <summary>Runs the shared sample articles (when present) through the loader: debris gone, bylines read.</summary>
public sealed partial class SeedArticlesTests
{
    private static string? SeedsDirectory()
    {
        string? root = IngestTestSupport.RepoRoot();
        if (root is null) return null;
        string seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any() ? seeds : null;
    }

    [Fact]
    public void Seed_articles_load_without_debris_and_with_bylines_read()
    {
        string? seeds = SeedsDirectory();
        if (seeds is null) return;

        var items = IngestSource.Read([seeds]).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(item.IsError, item.ToString());
            var doc = item.Document;
            string original = File.ReadAllText(doc.Source);
            var lines = doc.Text.Split('\n');

            Assert.DoesNotContain(lines, l => l.Trim().Equals("Leave a Reply", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(lines, l => l.StartsWith("Back to top", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(lines, l => l.StartsWith("Image:", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("email address will not be published", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(lines, l => GluedCategoryLine.Matches(l));
            Assert.DoesNotContain(lines, l => l.Trim() == "By:");

            var byline = Byline().Match(original);
            if (byline.Success)
                Assert.Equal(byline.Groups[1].Value.Trim(), doc.Metadata.Author);

            // Nothing but debris lines may disappear: every long paragraph of the original survives.
            foreach (var paragraph in TextNormalizer.Normalize(original).Split('\n').Where(p => p.Length > 200 && !p.Contains("institutional positions")))
                Assert.True(doc.Text.Contains(paragraph, StringComparison.Ordinal), $"{doc.Source} lost: {paragraph[..60]}");
        }
    }

    [GeneratedRegex(@"^\s*[Bb]y ([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3})(?:\s*[–—|].*)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Byline();
}
