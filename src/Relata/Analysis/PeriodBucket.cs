using Relata.Time;

namespace Relata.Analysis;

public enum PeriodUnit : byte { Month, Quarter, Year }

/// <summary>A period of a series. <see cref="Coarse"/> periods hold facts too imprecise for the unit asked for
/// (a year-precise event in a monthly series stays under "2018", never in January).</summary>
public readonly record struct PeriodBucket(string Label, DateOnly Start, DateOnly End, bool Coarse)
{
    public static PeriodBucket Of(TimexSpan span, PeriodUnit unit)
    {
        var bucket = Containing(span.Start, unit);
        if (span.End <= bucket.End) return bucket;
        string label = span.Precision switch
        {
            TimexPrecision.Decade or TimexPrecision.Century or TimexPrecision.Millennium => $"{span.Start.Year}s",
            _ => span.Value,
        };
        return new PeriodBucket(label, span.Start, span.End, Coarse: true);
    }

    public static PeriodBucket Containing(DateOnly day, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => new($"{day.Year:0000}-{day.Month:00}", new DateOnly(day.Year, day.Month, 1),
            new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), false),
        PeriodUnit.Quarter => Quarter(day),
        _ => new($"{day.Year:0000}", new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31), false),
    };

    public static PeriodUnit ParseUnit(string? text) => text?.ToLowerInvariant() switch
    {
        "month" or "monthly" => PeriodUnit.Month,
        "quarter" or "quarterly" => PeriodUnit.Quarter,
        _ => PeriodUnit.Year,
    };

    /// <summary>Chronological: by start, a coarse period before the finer ones it contains.</summary>
    public (DateOnly, int, DateOnly) SortKey => (Start, Coarse ? 0 : 1, End);

    public double MidYear => new TimexSpan(Label, Start, End, TimexPrecision.Day).MidYear;

    private static PeriodBucket Quarter(DateOnly day)
    {
        int q = (day.Month - 1) / 3;
        var start = new DateOnly(day.Year, q * 3 + 1, 1);
        return new($"{day.Year:0000}-Q{q + 1}", start, start.AddMonths(3).AddDays(-1), false);
    }
}
