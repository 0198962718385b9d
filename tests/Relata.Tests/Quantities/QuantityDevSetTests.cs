using Relata.Pipeline;
using Relata.Quantities;
using Relata.Quantities.Evaluation;
using Relata.Tests.Time;
using Relata.Text;
using Relata.Time;
using Relata.Time.Evaluation;

namespace Relata.Tests.Quantities;

public class QuantityDevSetTests
{
    internal static (QuantityScores Scores, List<string> Errors) Evaluate()
    {
        var pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime().UseQuantities().Build();
        var total = QuantityScores.Empty;
        var errors = new List<string>();
        foreach (var gold in TimexDevSetTests.Load(Path.Combine("Quantities", "DevSet"), "*.qml"))
            total += QuantityEvaluator.Score(gold, pipeline.Run(TimexEvaluator.ToDocument(gold)).Quantities, errors);
        return (total, errors);
    }

    [Fact]
    public void Meets_the_floors_on_the_quantity_dev_set()
    {
        var (s, errors) = Evaluate();
        string report = $"{s.ToMarkdownRow("dev")}\n{string.Join("\n", errors)}";
        Assert.True(s.Gold >= 35, report);
        Assert.True(s.RelaxedF1 >= 0.85, report);
        Assert.True(s.ValueAccuracy >= 0.9, report);
        Assert.True(s.UnitAccuracy >= 0.9, report);
        Assert.True(s.MeasureAccuracy >= 0.6, report);
        Assert.True(s.PeriodAccuracy >= 0.6, report);
    }
}
