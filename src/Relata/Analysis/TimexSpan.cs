using System.Globalization;
using Relata.Time;

namespace Relata.Analysis;

/// <summary>
/// The interval a TIMEX3 date value denotes, keeping its precision: "2018" is all of 2018, never 1 January.
/// Analyses place a fact only where its precision allows (a month-precise event is not put on a day).
/// </summary>
public readonly record struct TimexSpan(string Value, DateOnly Start, DateOnly End, TimexPrecision Precision)
{
    /// <summary>Parses YYYY, YYYY-YYYY, YYYY-MM, YYYY-MM-DD(Thh:mm), YYYY-Qn, YYYY-Hn, YYYY-SP|SU|FA|WI, YYYY-Www, YYY (decade), YY (century).</summary>
    public static TimexSpan? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.AsSpan().Trim();
        if (v.Length == 2 && Int(v, out int century)) return Of(value, new DateOnly(Math.Max(1, century * 100), 1, 1), 100, TimexPrecision.Century);
        if (v.Length == 3 && Int(v, out int decade)) return Of(value, new DateOnly(Math.Max(1, decade * 10), 1, 1), 10, TimexPrecision.Decade);
        if (v.Length < 4 || !Int(v[..4], out int year) || year < 1) return null;
        if (v.Length == 4) return new TimexSpan(value, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimexPrecision.Year);
        if (v[4] != '-' || v.Length < 7) return null;
        // A year range as figures give it ("2024-2025").
        if (v.Length == 9 && Int(v[5..], out int last) && last > year)
            return new TimexSpan(value, new DateOnly(year, 1, 1), new DateOnly(last, 12, 31), TimexPrecision.Year);
        var rest = v[5..];
        if (rest.Length == 2 && Int(rest, out int month) && month is >= 1 and <= 12)
        {
            var start = new DateOnly(year, month, 1);
            return new TimexSpan(value, start, start.AddMonths(1).AddDays(-1), TimexPrecision.Month);
        }
        if (rest.Length >= 5 && rest[2] == '-' && Int(rest[..2], out int m) && Int(rest.Slice(3, 2), out int d)
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m))
        {
            var day = new DateOnly(year, m, d);
            return new TimexSpan(value, day, day, TimexPrecision.Day);
        }
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
            return Months(value, year, (rest[1] - '1') * 3 + 1, 3, TimexPrecision.Quarter);
        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
            return Months(value, year, rest[1] == '1' ? 1 : 7, 6, TimexPrecision.Half);
        if (rest.Length == 3 && rest[0] == 'W' && Int(rest[1..], out int week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            return new TimexSpan(value, monday, monday.AddDays(6), TimexPrecision.Week);
        }
        return rest switch
        {
            "SP" => Months(value, year, 3, 3, TimexPrecision.Season),
            "SU" => Months(value, year, 6, 3, TimexPrecision.Season),
            "FA" => Months(value, year, 9, 3, TimexPrecision.Season),
            "WI" => new TimexSpan(value, new DateOnly(year, 12, 1), new DateOnly(year, 12, 1).AddMonths(3).AddDays(-1), TimexPrecision.Season),
            _ => null,
        };
    }

    /// <summary>The window [from, to] an analyst gives: from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public static (DateOnly From, DateOnly To) Window(string? from, string? to) =>
        (Parse(from)?.Start ?? DateOnly.MinValue, Parse(to)?.End ?? DateOnly.MaxValue);

    /// <summary>True when the whole span lies inside the window (a year-precise date is not known to fall in half a year).</summary>
    public bool Within(DateOnly from, DateOnly to) => Start >= from && End <= to;

    public bool Overlaps(TimexSpan other) => Start <= other.End && other.Start <= End;

    /// <summary>Sort key: by start, coarser dates before finer ones that start on the same day.</summary>
    public (DateOnly, int) SortKey => (Start, (int)Precision);

    /// <summary>Middle of the span in fractional years (for trends).</summary>
    public double MidYear
    {
        get
        {
            double mid = (Start.DayNumber + End.DayNumber) / 2.0;
            var d = DateOnly.FromDayNumber((int)mid);
            return d.Year + (d.DayOfYear - 1 + (mid - (int)mid)) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0);
        }
    }

    private static TimexSpan Of(string value, DateOnly start, int years, TimexPrecision precision) =>
        new(value, start, start.AddYears(years).AddDays(-1), precision);

    private static TimexSpan Months(string value, int year, int firstMonth, int months, TimexPrecision precision)
    {
        var start = new DateOnly(year, firstMonth, 1);
        return new TimexSpan(value, start, start.AddMonths(months).AddDays(-1), precision);
    }

    private static bool Int(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
