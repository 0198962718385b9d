using Relata.Documents;
using Relata.Time.Normalisation;
using Relata.Time.Recognition;

namespace Relata.Time.Reference;

/// <summary>
/// Infers the reference date of a document that states none, from the dates its text mentions.
/// <para>Rule: candidates are fully specified dates (day precision), including citation dates. Citation dates given without a
/// year ("(Gazeta.ru, June 19)") are dated first: sources cited without a year are taken to be from the writing year, so such a
/// date takes the year of the latest full citation date (or latest full date) and moves one year on when it would fall before it;
/// a later plausible year-only mention wins over that. Dates introduced by a deadline signal ("by", "until", "before") are not
/// candidates. Outliers are dropped from the top: while the latest candidate lies more than three years after the next one, it is
/// discarded (a forecast or a typo year); this needs at least three candidates, and a gap of more than three years. The latest remaining candidate is the reference date.</para>
/// <para>A month or year-only mention that starts after the best finer date replaces it (the text was written in or after it). Fallbacks, in order: month-year mentions ("in May 2024": last day of the latest month); then year mentions (31 December
/// of the latest plausible year; here an outlier is more than ten years beyond the next year mentioned,
/// and only among three or more year mentions). With no dates at all there is no reference date.</para>
/// </summary>
public static class ReferenceDateInference
{
    private const int OutlierGapDays = 3 * 365 + 1;
    private const int OutlierGapYearsInDays = 3653;

    public static ReferenceDate? Infer(IReadOnlyList<TimexParse> parses, string text, IReadOnlyList<Token> tokens)
    {
        var candidates = new List<(DateOnly Date, TimexParse Parse)>();
        var citationPartials = new List<TimexParse>();
        foreach (var p in Flatten(parses))
        {
            if (p.Kind != ParseKind.Calendar || IsDeadline(p) || p.Part is not null) continue;
            if (p.IsFullDate && !p.TwoDigitYear && TimexResolver.Validate(p.Year, p.Month, p.Day) is null)
                candidates.Add((new DateOnly(p.Year!.Value, p.Month!.Value, p.Day!.Value), p));
            else if (p.Citation && p.Year is null && p.Month is not null && p.Day is not null)
                citationPartials.Add(p);
        }

        int? yearHint = LatestPlausibleYear(parses);
        if (citationPartials.Count > 0)
        {
            var cited = candidates.Where(c => c.Parse.Citation).Select(c => c.Date).ToList();
            var basis = Trim(cited.Count > 0 ? cited : candidates.Select(c => c.Date).ToList(), out _);
            foreach (var p in citationPartials)
            {
                int? year = null;
                if (basis is { } b)
                    year = (p.Month!.Value, p.Day!.Value).CompareTo((b.Month, b.Day)) >= 0 ? b.Year : b.Year + 1;
                if (yearHint is { } hint && (year is null || hint > year)) year = hint;
                if (year is null || TimexResolver.Validate(year, p.Month, p.Day) is not null) continue;
                p.Year = year;
                candidates.Add((new DateOnly(year.Value, p.Month!.Value, p.Day!.Value), p));
            }
        }

        ReferenceDate? byDay = null, byMonth = null, byYear = null;
        if (candidates.Count > 0)
        {
            var dates = candidates.Select(c => c.Date).ToList();
            var latest = Trim(dates, out int dropped)!.Value;
            var source = candidates.First(c => c.Date == latest).Parse;
            string what = $"{(source.Citation ? "citation " : "")}'{Describe(source, text, tokens)}'";
            string outliers = dropped > 0 ? $"; {dropped} later outlier(s) ignored" : "";
            byDay = new ReferenceDate(latest, true, $"latest of {candidates.Count} stated dates ({what}){outliers}; day precision");
        }

        var months = Flatten(parses)
            .Where(p => p.Kind == ParseKind.Calendar && p.Part is null && p.Day is null && p.Month is not null && p.Year is not null && !p.TwoDigitYear && !IsDeadline(p)
                        && TimexResolver.Validate(p.Year, p.Month, null) is null)
            .Select(p => new DateOnly(p.Year!.Value, p.Month!.Value, 1)).ToList();
        if (months.Count > 0)
        {
            var m = Trim(months, out _)!.Value;
            byMonth = new ReferenceDate(m.AddMonths(1).AddDays(-1), true, $"latest of {months.Count} month mentions ({m:MMMM yyyy}); month precision") { Precision = DatePrecision.Month };
        }
        if (LatestPlausibleYear(parses, yearOnly: true) is { } y)
            byYear = new ReferenceDate(new DateOnly(y, 12, 31), true, $"latest plausible year mentioned ({y}); year precision") { Precision = DatePrecision.Year };

        // A coarser mention that starts after the best finer date means the text was written in or after that month or year.
        var best = byDay ?? byMonth ?? byYear;
        if (best is not null && byMonth is not null && new DateOnly(byMonth.Value.Year, byMonth.Value.Month, 1) > best.Value) best = byMonth;
        if (best is not null && byYear is not null && byYear.Value.Year > best.Value.Year) best = byYear;
        return best;
    }

    /// <summary>Deadlines ("by 2030") and dates in future-tense clauses are plans, not evidence of when the text was written.</summary>
    /// <summary>Precision an (inferred) reference date claims: read from the rule that produced it.</summary>
    public static TimexPrecision PrecisionOf(ReferenceDate? reference) => reference switch
    {
        null => TimexPrecision.None,
        { Inferred: false } => TimexPrecision.Day,
        _ when reference.Reason.EndsWith("year precision", StringComparison.Ordinal) => TimexPrecision.Year,
        _ when reference.Reason.EndsWith("month precision", StringComparison.Ordinal) => TimexPrecision.Month,
        _ => TimexPrecision.Day,
    };

    private static bool IsDeadline(TimexParse p) => p.Signal is "by" or "until" or "till" or "before" || (p.Tense > 0 && !p.Citation);

    private static IEnumerable<TimexParse> Flatten(IEnumerable<TimexParse> parses)
    {
        foreach (var p in parses)
        {
            if (p.Kind == ParseKind.Range)
            {
                p.Begin!.Citation = p.Citation;
                p.End!.Citation = p.Citation;
                yield return p.Begin;
                yield return p.End;
            }
            else yield return p;
        }
    }

    private static int? LatestPlausibleYear(IReadOnlyList<TimexParse> parses, bool yearOnly = false)
    {
        var years = Flatten(parses)
            .Where(p => p.Kind == ParseKind.Calendar && (!yearOnly || p.Month is null) && p.Year is { } y && !p.TwoDigitYear && !IsDeadline(p) && y >= TimexResolver.MinYear && y <= TimexResolver.MaxYear)
            .Select(p => new DateOnly(p.Year!.Value, 1, 1)).ToList();
        return Trim(years, out _, OutlierGapYearsInDays, minCount: 3)?.Year;
    }

    /// <summary>Latest date after dropping top outliers (more than a year beyond the next-latest).</summary>
    private static DateOnly? Trim(List<DateOnly> dates, out int dropped, int gapDays = OutlierGapDays, int minCount = 3)
    {
        dropped = 0;
        if (dates.Count == 0) return null;
        var sorted = dates.OrderDescending().ToList();
        int top = 0;
        if (sorted.Count < minCount) return sorted[0];
        while (top + 1 < sorted.Count && sorted[top].DayNumber - sorted[top + 1].DayNumber > gapDays) top++;
        dropped = top;
        return sorted[top];
    }

    private static string Describe(TimexParse p, string text, IReadOnlyList<Token> tokens) =>
        text[tokens[p.FirstToken].Start..tokens[p.EndToken - 1].End];
}
