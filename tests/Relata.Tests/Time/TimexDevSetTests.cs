using System.Globalization;
using Relata.Pipeline;
using Relata.Quantities;
using Relata.Text;
using Relata.Time;
using Relata.Time.Evaluation;

namespace Relata.Tests.Time;

public class TimexDevSetTests
{
    /// <summary>Reads annotated files from the test sources (<c>tests/Relata.Tests/&lt;folder&gt;</c>), found from the repo root.</summary>
    internal static IEnumerable<AnnotatedDocument> Load(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "Relata.Tests", folder), pattern)
            .Order(StringComparer.Ordinal)
            .Select(f => InlineAnnotationReader.Parse(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f)));

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repo root (Relata.slnx) not found");
    }

    internal static (TimexScores Scores, List<TimexError> Errors) Evaluate(string set = "DevSet")
    {
        var pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime().Build();
        var total = TimexScores.Empty;
        var errors = new List<TimexError>();
        foreach (var gold in Load(Path.Combine("Time", set), "*.tml"))
            total += TimexEvaluator.Score(gold, pipeline.Run(TimexEvaluator.ToDocument(gold)).Timexes, errors);
        return (total, errors);
    }

    [Fact]
    public void Held_out_set_scores_are_reported_and_above_a_floor()
    {
        var (s, _) = Evaluate("HeldOut");
        Assert.True(s.Gold >= 35);
        Assert.True(s.RelaxedF1 >= 0.9, s.ToMarkdownRow("held-out"));
        Assert.True(s.ValueAccuracy >= 0.9, s.ToMarkdownRow("held-out"));
    }

    [Fact]
    public void Dev_set_has_enough_gold_timexes()
    {
        Assert.True(Evaluate().Scores.Gold >= 150);
    }

    [Fact]
    public void Meets_the_floors_on_the_dev_set()
    {
        var (s, errors) = Evaluate();
        string report = $"{s.ToMarkdownRow("dev")}\n{TimexEvaluator.Describe(errors)}";
        Assert.True(s.RelaxedF1 >= 0.93, report);
        Assert.True(s.StrictF1 >= 0.88, report);
        Assert.True(s.ValueAccuracy >= 0.90, report);
        Assert.True(s.TypeAccuracy >= 0.95, report);
    }

    [Fact]
    public void Inferred_reference_dates_land_near_the_creation_time()
    {
        var pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime().Build();
        foreach (var gold in Load(Path.Combine("Time", "DevSet"), "*.tml"))
        {
            var a = pipeline.Run(TimexEvaluator.ToDocument(gold, withCreationTime: false));
            Assert.NotNull(a.ReferenceDate);
            var dct = gold.CreationTime!.Value;
            string why = $"{gold.Id}: inferred {a.ReferenceDate!.Value} ({a.ReferenceDate.Reason}) vs DCT {dct}";
            // Never in the future of the real date; close to it when the text states the current year at all.
            // At year precision only the year is claimed.
            if (a.ReferenceDate.Reason.Contains("year precision", StringComparison.Ordinal))
                Assert.True(a.ReferenceDate.Value.Year <= dct.Year, why);
            else
                Assert.True(a.ReferenceDate.Value.DayNumber <= dct.DayNumber + 1, why);
            if (gold.Text.Contains(dct.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                Assert.True(dct.DayNumber - a.ReferenceDate.Value.DayNumber <= 120, why);
        }
    }
}
