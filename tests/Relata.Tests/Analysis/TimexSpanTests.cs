using Relata.Analysis;
using Relata.Time;

namespace Relata.Tests.Analysis;

public sealed class TimexSpanTests
{
    [Theory]
    [InlineData("2021-05-14", "2021-05-14", "2021-05-14", TimexPrecision.Day)]
    [InlineData("2021-05", "2021-05-01", "2021-05-31", TimexPrecision.Month)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", TimexPrecision.Month)]
    [InlineData("2021", "2021-01-01", "2021-12-31", TimexPrecision.Year)]
    [InlineData("2021-Q3", "2021-07-01", "2021-09-30", TimexPrecision.Quarter)]
    [InlineData("2021-H2", "2021-07-01", "2021-12-31", TimexPrecision.Half)]
    [InlineData("2021-WI", "2021-12-01", "2022-02-28", TimexPrecision.Season)]
    [InlineData("2021-W01", "2021-01-04", "2021-01-10", TimexPrecision.Week)]
    [InlineData("199", "1990-01-01", "1999-12-31", TimexPrecision.Decade)]
    [InlineData("2024-2025", "2024-01-01", "2025-12-31", TimexPrecision.Year)]
    [InlineData("2021-05-14T10:00", "2021-05-14", "2021-05-14", TimexPrecision.Day)]
    public void Parses_a_timex_value_to_the_whole_span_it_denotes(string value, string start, string end, TimexPrecision precision)
    {
        var span = TimexSpan.Parse(value)!.Value;

        Assert.Equal(DateOnly.Parse(start), span.Start);
        Assert.Equal(DateOnly.Parse(end), span.End);
        Assert.Equal(precision, span.Precision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PRESENT_REF")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    public void Vague_or_invalid_values_have_no_span(string? value) => Assert.Null(TimexSpan.Parse(value));

    [Theory]
    [InlineData("2021", "2021", "2021", true)]
    [InlineData("2021", "2021-06", "2022", false)]
    [InlineData("2021-07", "2021-06", "2021", true)]
    [InlineData("2021-07-04", "2021-07-05", null, false)]
    public void A_fact_is_in_a_period_only_when_its_whole_span_is(string value, string? from, string? to, bool within)
    {
        var (f, t) = TimexSpan.Window(from, to);
        Assert.Equal(within, TimexSpan.Parse(value)!.Value.Within(f, t));
    }

    [Theory]
    [InlineData("2021-05-14", PeriodUnit.Quarter, "2021-Q2", false)]
    [InlineData("2021-05", PeriodUnit.Quarter, "2021-Q2", false)]
    [InlineData("2021-03", PeriodUnit.Quarter, "2021-Q1", false)]
    [InlineData("2021-10-01", PeriodUnit.Quarter, "2021-Q4", false)]
    [InlineData("2021", PeriodUnit.Quarter, "2021", true)]
    [InlineData("2021-05", PeriodUnit.Month, "2021-05", false)]
    [InlineData("2021", PeriodUnit.Month, "2021", true)]
    [InlineData("2021-Q2", PeriodUnit.Month, "2021-Q2", true)]
    [InlineData("2021-WI", PeriodUnit.Year, "2021-WI", true)]
    [InlineData("199", PeriodUnit.Year, "1990s", true)]
    [InlineData("2021-12-31", PeriodUnit.Year, "2021", false)]
    public void Bucketing_keeps_facts_too_vague_for_the_unit_in_a_coarse_period(string value, PeriodUnit unit, string label, bool coarse)
    {
        var bucket = PeriodBucket.Of(TimexSpan.Parse(value)!.Value, unit);

        Assert.Equal(label, bucket.Label);
        Assert.Equal(coarse, bucket.Coarse);
    }
}
