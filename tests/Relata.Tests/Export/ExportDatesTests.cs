using Relata.Export.Formats;

namespace Relata.Tests.Export;

public sealed class ExportDatesTests
{
    [Theory]
    [InlineData("2024-03-05", "day", 2024, 3, 5)]
    [InlineData("2024-03", "month", 2024, 3, null)]
    [InlineData("2024", "year", 2024, null, null)]
    [InlineData("2024-03-05", "month", 2024, 3, null)]
    [InlineData("2024-03-05", "week", 2024, 3, 5)]
    [InlineData("2024-03-05T10:00", null, 2024, 3, 5)]
    public void Parse_keeps_what_the_precision_supports(string value, string? precision, int year, int? month, int? day) =>
        Assert.Equal(new DateParts(year, month, day), ExportDates.Parse(value, precision));

    [Theory]
    [InlineData("XXXX-04-17")]
    [InlineData("199")]
    [InlineData("PRESENT_REF")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData(null)]
    public void Parse_rejects_values_without_a_calendar_date(string? value) => Assert.Null(ExportDates.Parse(value));

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2024-02-10", "2024-02-10", "2024-02-10")]
    public void Range_covers_the_whole_period(string value, string start, string end)
    {
        var range = ExportDates.Parse(value)!.Value.Range;

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), range);
    }

    [Theory]
    [InlineData("2024-03-05", "2024", "2024", true)]
    [InlineData("2024-03-05", "2024-04", null, false)]
    [InlineData("2024", "2024-06", null, true)]
    [InlineData("2024-06-30", null, "2024-06", true)]
    [InlineData("2024-07-01", null, "2024-06", false)]
    [InlineData(null, "2024", null, false)]
    [InlineData(null, null, null, true)]
    public void Filter_period_is_inclusive_and_reads_dates_at_their_precision(string? date, string? from, string? to, bool expected) =>
        Assert.Equal(expected, new ExportFilter(From: from, To: to).InPeriod(date));
}
