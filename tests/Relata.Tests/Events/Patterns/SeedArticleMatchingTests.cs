using System.Diagnostics;
using Relata.Documents;
using Relata.Events.Patterns;
using Relata.Tests.Support;
using Relata.Text;

namespace Relata.Tests.Events.Patterns;

/// <summary>Runs the bundled patterns over the seed articles when they are present beside the checkout.</summary>
public class SeedArticleMatchingTests
{
    [Fact]
    public void Matching_every_seed_sentence_is_fast_and_finds_events()
    {
        if (TestPaths.SeedsDirectory is not { } dir) return;
        var matcher = new PatternMatcher(EventPatternSet.Default);
        matcher.FindAll(["warm", "up"]);

        int sentences = 0, events = 0;
        var dump = Environment.GetEnvironmentVariable("RELATA_PATTERN_DUMP");
        using var writer = dump is null ? null : new StreamWriter(dump);
        var clock = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(dir, "*.txt"))
        {
            var text = File.ReadAllText(file);
            foreach (var span in SentenceSplitter.Split(text, new TextSpan(0, text.Length)))
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, span, tokens);
                var words = tokens.Select(t => t.Span.Slice(text)).ToList();
                sentences++;
                foreach (var match in matcher.FindAll(words))
                {
                    events++;
                    writer?.WriteLine($"{match.Code}\t{string.Join(' ', words[match.Span.Start..match.Span.End])}\t{match.Pattern.Text}");
                }
            }
        }
        clock.Stop();
        Assert.True(sentences > 0);
        Assert.True(events > sentences / 10, $"{events} matches in {sentences} sentences");
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms for {sentences} sentences");
    }
}
