using Relata.Actors;
using Xunit.Abstractions;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

/// <summary>Runs the linker over the seed articles when they are present (they are not part of the repo).</summary>
public class SeedSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_articles_link_without_false_outlet_credit_or_bio_participants()
    {
        string seeds = Path.Combine(RepoRoot(), "..", "shared", "seeds");
        if (!Directory.Exists(seeds)) return;
        foreach (string file in Directory.GetFiles(seeds, "*.txt"))
        {
            string text = File.ReadAllText(file);
            var a = Analyse(text, "2025-07-01");
            foreach (var m in a.Mentions) Assert.Equal(m.Text, m.Span.Slice(a.Text));
            Assert.DoesNotContain(a.Mentions, m => m.Kind == ActorMentionKind.Actor && m.ActorId == "USA.CON" && m.Text == "Congress"
                && a.Text[Math.Max(0, m.Span.Start - 7)..m.Span.Start].Contains("Berlin", StringComparison.Ordinal));
            Assert.DoesNotContain(a.Mentions, m => m.Kind == ActorMentionKind.Actor && a.Text.LastIndexOf("\nImage:", m.Span.Start, StringComparison.Ordinal) is int i
                && i >= 0 && a.Text.IndexOf('\n', i + 1) is int e && (e < 0 || e > m.Span.Start));
            output.WriteLine($"{Path.GetFileName(file)}: {a.Mentions.Count(m => m.Kind == ActorMentionKind.Actor)} actor mentions, "
                + $"{a.Candidates.Count} candidates; top: {string.Join(", ", a.DocumentActors.OrderByDescending(x => x.Value).Take(6).Select(x => $"{x.Key}×{x.Value}"))}; "
                + $"new: {string.Join(", ", a.NewActors.Select(n => n.Id))}");
            if (Environment.GetEnvironmentVariable("RELATA_DUMP") is not null)
            {
                output.WriteLine("  candidates: " + string.Join(" | ", a.Candidates.Select(c => $"{c.Name}:{c.Type}")));
                output.WriteLine("  mentions: " + string.Join(" | ", a.Mentions.Where(m => m.Kind != ActorMentionKind.Candidate).Select(m => $"{m.Text}={m.ActorId}/{m.Rule}{(m.IsPlace ? "@" : "")}")));
            }
        }
    }
}
