using System.Globalization;
using System.Text;
using Relata.Documents;

namespace Relata.Time.Evaluation;

/// <summary>TempEval-3-style scores: strict (exact span) and relaxed (overlapping span) P/R/F1, and type and value accuracy over relaxed matches.</summary>
public sealed record TimexScores(int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    /// <summary>Share of relaxed matches whose value equals the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);
    /// <summary>TempEval-3 "value F1": relaxed F1 weighted by value accuracy.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public static TimexScores operator +(TimexScores a, TimexScores b) =>
        new(a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
            a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);

    public static TimexScores Empty { get; } = new(0, 0, 0, 0, 0, 0);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public string ToMarkdownRow(string label) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {Gold} | {System} | {StrictPrecision:0.000} | {StrictRecall:0.000} | {StrictF1:0.000} | {RelaxedPrecision:0.000} | {RelaxedRecall:0.000} | {RelaxedF1:0.000} | {TypeAccuracy:0.000} | {ValueAccuracy:0.000} | {ValueF1:0.000} |");

    public const string MarkdownHeader =
        "| set | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc | value acc | value F1 |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
}

/// <summary>One gold/system disagreement, for error analysis.</summary>
public sealed record TimexError(string Document, string Kind, string Text, string? Gold, string? System);

/// <summary>Scores system timexes against gold TIMEX3 annotations. Pure.</summary>
public static class TimexEvaluator
{
    public static TimexScores Score(AnnotatedDocument gold, IReadOnlyList<Timex> system, List<TimexError>? errors = null)
    {
        var goldTimexes = gold.Annotations.Where(a => a.Tag == "TIMEX3").ToList();
        var used = new bool[system.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var g in goldTimexes)
        {
            int best = -1;
            for (int k = 0; k < system.Count; k++)
            {
                if (used[k] || !system[k].Span.Overlaps(g.Span)) continue;
                if (best < 0 || system[k].Span == g.Span) best = k;
            }
            if (best < 0) { errors?.Add(new TimexError(gold.Id, "missed", g.Text, g["value"], null)); continue; }
            used[best] = true;
            var s = system[best];
            relaxed++;
            if (s.Span == g.Span) strict++;
            else errors?.Add(new TimexError(gold.Id, "span", g.Text, g.Text, s.Text));
            if (s.TypeName == g["type"]) type++;
            if (s.Value == g["value"]) value++;
            else errors?.Add(new TimexError(gold.Id, "value", g.Text, g["value"], s.Value));
        }
        for (int k = 0; k < system.Count; k++)
            if (!used[k]) errors?.Add(new TimexError(gold.Id, "spurious", system[k].Text, null, system[k].Value));
        return new TimexScores(goldTimexes.Count, system.Count, strict, relaxed, type, value);
    }

    public static string Describe(IEnumerable<TimexError> errors)
    {
        var sb = new StringBuilder();
        foreach (var e in errors) sb.AppendLine($"{e.Document}\t{e.Kind}\t'{e.Text}'\tgold={e.Gold}\tsystem={e.System}");
        return sb.ToString();
    }

    /// <summary>Creates the <see cref="Document"/> the pipeline should read for a gold document (its DCT as the published date).</summary>
    public static Document ToDocument(AnnotatedDocument gold, bool withCreationTime = true) =>
        new(gold.Id, "devset", "tml", gold.Text,
            DocumentMetadata.Empty with { PublishedDate = withCreationTime ? gold.CreationTime : null }, "", "");
}
