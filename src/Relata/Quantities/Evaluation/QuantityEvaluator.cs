using System.Globalization;
using Relata.Time.Evaluation;

namespace Relata.Quantities.Evaluation;

/// <summary>
/// Scores for figures: relaxed/strict span P/R/F1; over relaxed matches, value and unit accuracy; measure accuracy over
/// gold figures that state a measure (case-insensitive text match); period accuracy over gold figures that state a period.
/// </summary>
public sealed record QuantityScores(
    int Gold, int System, int StrictMatches, int RelaxedMatches, int ValueCorrect, int UnitCorrect,
    int MeasureGold, int MeasureCorrect, int PeriodGold, int PeriodCorrect)
{
    public static QuantityScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double StrictF1 => F1(Ratio(StrictMatches, System), Ratio(StrictMatches, Gold));
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    public double UnitAccuracy => Ratio(UnitCorrect, RelaxedMatches);
    public double MeasureAccuracy => Ratio(MeasureCorrect, MeasureGold);
    public double PeriodAccuracy => Ratio(PeriodCorrect, PeriodGold);

    public static QuantityScores operator +(QuantityScores a, QuantityScores b) => new(
        a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
        a.ValueCorrect + b.ValueCorrect, a.UnitCorrect + b.UnitCorrect, a.MeasureGold + b.MeasureGold,
        a.MeasureCorrect + b.MeasureCorrect, a.PeriodGold + b.PeriodGold, a.PeriodCorrect + b.PeriodCorrect);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public const string MarkdownHeader =
        "| set | gold | system | relaxed P | relaxed R | relaxed F1 | strict F1 | value acc | unit acc | measure acc (n) | period acc (n) |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdownRow(string label) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {Gold} | {System} | {RelaxedPrecision:0.000} | {RelaxedRecall:0.000} | {RelaxedF1:0.000} | {StrictF1:0.000} | {ValueAccuracy:0.000} | {UnitAccuracy:0.000} | {MeasureAccuracy:0.000} ({MeasureGold}) | {PeriodAccuracy:0.000} ({PeriodGold}) |");
}

public static class QuantityEvaluator
{
    public static QuantityScores Score(AnnotatedDocument gold, IReadOnlyList<Quantity> system, List<string>? errors = null)
    {
        var golds = gold.Annotations.Where(a => a.Tag == "QUANTITY").ToList();
        var used = new bool[system.Count];
        int strict = 0, relaxed = 0, value = 0, unit = 0, measureGold = 0, measure = 0, periodGold = 0, period = 0;
        foreach (var g in golds)
        {
            int best = -1;
            for (int k = 0; k < system.Count; k++)
                if (!used[k] && system[k].Span.Overlaps(g.Span) && (best < 0 || system[k].Span == g.Span)) best = k;
            if (g["measure"] is not null) measureGold++;
            if (g["period"] is not null) periodGold++;
            if (best < 0) { errors?.Add($"{gold.Id}\tmissed\t'{g.Text}'"); continue; }
            used[best] = true;
            var s = system[best];
            relaxed++;
            if (s.Span == g.Span) strict++;
            if (decimal.TryParse(g["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v == s.Value) value++;
            else errors?.Add($"{gold.Id}\tvalue\t'{g.Text}'\tgold={g["value"]}\tsystem={s.Value}");
            if (g["unit"] == s.Unit) unit++;
            else errors?.Add($"{gold.Id}\tunit\t'{g.Text}'\tgold={g["unit"]}\tsystem={s.Unit}");
            if (g["measure"] is { } m)
            {
                if (string.Equals(m, s.Measure?.Text, StringComparison.OrdinalIgnoreCase)) measure++;
                else errors?.Add($"{gold.Id}\tmeasure\t'{g.Text}'\tgold={m}\tsystem={s.Measure?.Text}");
            }
            if (g["period"] is { } p)
            {
                if (p == s.Period?.Value) period++;
                else errors?.Add($"{gold.Id}\tperiod\t'{g.Text}'\tgold={p}\tsystem={s.Period?.Value}");
            }
        }
        for (int k = 0; k < system.Count; k++)
            if (!used[k]) errors?.Add($"{gold.Id}\tspurious\t'{system[k].Text}'\t{system[k].Value} {system[k].Unit}");
        return new QuantityScores(golds.Count, system.Count, strict, relaxed, value, unit, measureGold, measure, periodGold, period);
    }
}
