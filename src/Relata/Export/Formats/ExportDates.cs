using System.Globalization;

namespace Relata.Export.Formats;

/// <summary>The calendar parts a TIMEX3 date value states, at no finer grain than its precision.</summary>
/// <param name="Month">Null for a year-precise date.</param>
/// <param name="Day">Null for a month- or year-precise date.</param>
public readonly record struct DateParts(int Year, int? Month, int? Day)
{
    /// <summary>First and last day the date covers: "2021-08" is 1–31 August 2021.</summary>
    public (DateOnly Start, DateOnly End) Range
    {
        get
        {
            if (Day is { } d) { var day = new DateOnly(Year, Month!.Value, d); return (day, day); }
            if (Month is { } m) return (new DateOnly(Year, m, 1), new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)));
            return (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        }
    }
}

public static class ExportDates
{
    /// <summary>
    /// Parses "2021", "2021-08" or "2021-08-15", cut to <paramref name="precision"/> (year, month; anything finer keeps the day).
    /// Null for values without a calendar year ("XXXX-04", "199", "PRESENT_REF") or impossible dates.
    /// </summary>
    public static DateParts? Parse(string? value, string? precision = null)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
            return null;
        if (value.Length > 4 && value[4] != '-') return null;
        int? month = Part(value, 5), day = month is null ? null : Part(value, 8);
        if (month is < 1 or > 12) return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))) return null;
        switch (precision)
        {
            case "year": return new DateParts(year, null, null);
            case "month": return new DateParts(year, month, null);
            default: return new DateParts(year, month, day);
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Part(string value, int at) =>
        value.Length >= at + 2 && (value.Length == at + 2 || value[at + 2] == '-' || value[at + 2] == 'T')
            && int.TryParse(value.AsSpan(at, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
}
