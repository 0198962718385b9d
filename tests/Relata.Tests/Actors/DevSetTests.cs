using Relata.Actors;
using Relata.Actors.Evaluation;
using Xunit.Abstractions;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

public class DevSetTests(ITestOutputHelper output)
{
    internal static IReadOnlyList<AnnotatedText> Load() =>
        Directory.GetFiles(Folder("DevSet"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => AnnotatedText.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();

    internal static LinkingScore MentionScore(ActorKnowledgeBase kb, Action<string>? log = null)
    {
        var total = LinkingScore.Empty;
        foreach (var doc in Load())
        {
            var a = Analyse(doc.Text, doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kb);
            total += MentionEvaluator.Evaluate(doc.Gold, a.Mentions);
            if (log is null) continue;
            var (missed, spurious) = MentionEvaluator.Errors(doc.Gold, a.Mentions);
            foreach (var m in missed) log($"{doc.Name}: missed '{m.Text}' {m.ActorId}");
            foreach (var m in spurious) log($"{doc.Name}: spurious '{m.Text}' {m.ActorId} ({m.Rule})");
        }
        return total;
    }

    [Fact]
    public void Annotated_text_parser_strips_markup_and_keeps_offsets()
    {
        var doc = AnnotatedText.Parse("t", "# date: 2024-01-02\n[[Mali|MLI]] met envoys in [[Bamako|@MLI]].");
        Assert.Equal("Mali met envoys in Bamako.", doc.Text);
        Assert.Equal(new DateOnly(2024, 1, 2), doc.Date);
        Assert.Equal(["Mali", "Bamako"], doc.Gold.Select(g => g.Span.Slice(doc.Text)));
        Assert.True(doc.Gold[1].IsPlace);
    }

    [Fact]
    public void Evaluator_counts_strict_and_overlapping_matches()
    {
        var gold = new[] { new GoldMention(new(0, 6), "Russia", "RUS", false), new GoldMention(new(10, 16), "Moscow", "RUS", false) };
        var predicted = new[]
        {
            new ActorMention(new(0, 6), "Russia", "RUS", null, ActorMentionKind.Actor, 1, "name"),
            new ActorMention(new(8, 16), "x", "RUS", null, ActorMentionKind.Actor, 1, "name"),
            new ActorMention(new(20, 25), "y", "CHN", null, ActorMentionKind.Actor, 1, "name"),
        };
        var s = MentionEvaluator.Evaluate(gold, predicted);
        Assert.Equal(1, s.Strict.Correct);
        Assert.Equal(2, s.Overlap.Correct);
        Assert.Equal(3, s.Overlap.Predicted);
        Assert.Equal(2.0 / 3, s.Overlap.Precision, 3);
        Assert.Equal(1.0, s.Overlap.Recall, 3);
    }

    [Fact]
    public void Dev_set_linking_meets_its_floors()
    {
        var score = MentionScore(Kb, output.WriteLine);
        output.WriteLine($"strict:  {score.Strict}");
        output.WriteLine($"overlap: {score.Overlap}");
        output.WriteLine($"places:  {score.Places}");
        Assert.True(score.Overlap.Gold >= 100, "dev set too small");
        Assert.True(score.Overlap.Precision >= 0.90, $"precision {score.Overlap}");
        Assert.True(score.Overlap.Recall >= 0.90, $"recall {score.Overlap}");
        Assert.True(score.Strict.F1 >= 0.85, $"strict {score.Strict}");
        Assert.True(score.Places.Recall >= 0.8, $"places {score.Places}");
    }
}

public class HeldOutSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Held_out_linking_meets_its_floors()
    {
        var total = LinkingScore.Empty;
        foreach (var f in Directory.GetFiles(Path.Combine(Folder("DevSet"), "heldout"), "*.txt").Order(StringComparer.Ordinal))
        {
            var doc = AnnotatedText.Parse(Path.GetFileName(f), File.ReadAllText(f));
            var a = Analyse(doc.Text, doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            total += MentionEvaluator.Evaluate(doc.Gold, a.Mentions);
            var (missed, spurious) = MentionEvaluator.Errors(doc.Gold, a.Mentions);
            foreach (var m in missed) output.WriteLine($"{doc.Name}: missed '{m.Text}' {m.ActorId}");
            foreach (var m in spurious) output.WriteLine($"{doc.Name}: spurious '{m.Text}' {m.ActorId} ({m.Rule})");
        }
        output.WriteLine($"strict:  {total.Strict}");
        output.WriteLine($"overlap: {total.Overlap}");
        output.WriteLine($"places:  {total.Places}");
        Assert.True(total.Overlap.Gold >= 50, "held-out set too small");
        Assert.True(total.Overlap.Precision >= 0.95, $"precision {total.Overlap}");
        Assert.True(total.Overlap.Recall >= 0.95, $"recall {total.Overlap}");
        Assert.True(total.Places.Recall >= 0.8, $"places {total.Places}");
    }
}
