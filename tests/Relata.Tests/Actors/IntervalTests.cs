using Relata.Actors;

namespace Relata.Tests.Actors;

public class IntervalTests
{
    [Theory]
    [InlineData("2004", DatePrecision.Year, "2004-01-01", "2005-01-01")]
    [InlineData("2021-08", DatePrecision.Month, "2021-08-01", "2021-09-01")]
    [InlineData("2021-08-15", DatePrecision.Day, "2021-08-15", "2021-08-15")]
    public void Parses_dates_with_their_precision(string text, DatePrecision precision, string first, string endExclusive)
    {
        Assert.True(KbDate.TryParse(text, out var d));
        Assert.Equal(precision, d.Precision);
        Assert.Equal(ActorFixtures.D(first), d.First);
        Assert.Equal(ActorFixtures.D(endExclusive), d.EndExclusive);
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("21-08-15")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("soon")]
    [InlineData("")]
    public void Rejects_malformed_dates(string text) => Assert.False(KbDate.TryParse(text, out _));

    [Theory]
    [InlineData("2004-01-26", "2021-08-15", "2021-08-14", true)]
    [InlineData("2004-01-26", "2021-08-15", "2021-08-15", false)]
    [InlineData("2004-01-26", "2021-08-15", "2004-01-26", true)]
    [InlineData("2004-01-26", "2021-08-15", "2004-01-25", false)]
    [InlineData(null, "2004", "2004-12-31", true)]
    [InlineData("2021-08-15", null, "2030-01-01", true)]
    public void Interval_is_half_open(string? from, string? to, string date, bool expected)
    {
        var interval = new Interval(Parse(from), Parse(to));
        Assert.Equal(expected, interval.Contains(ActorFixtures.D(date)));
    }

    [Fact]
    public void Unknown_date_matches_only_open_intervals()
    {
        Assert.True(new Interval(Parse("2020"), null).Contains(null));
        Assert.False(new Interval(null, Parse("2020")).Contains(null));
    }

    [Theory]
    [InlineData("2000", "2008", "2008-05-07", null, false)]
    [InlineData("2000", "2008-05-08", "2008-05-07", null, true)]
    [InlineData("2000", "2008-06", "2008-05-07", null, true)]
    [InlineData("2000", "2008-05", "2008-05-07", null, false)]
    [InlineData("2010", null, "2010", null, true)]
    public void Contradictions_are_only_overlaps_that_hold_at_any_reading_of_imprecise_ends(string f1, string? t1, string f2, string? t2, bool expected) =>
        Assert.Equal(expected, new Interval(Parse(f1), Parse(t1)).DefinitelyOverlaps(new Interval(Parse(f2), Parse(t2))));

    private static KbDate? Parse(string? s) => s is null ? null : KbDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);
}
