using System.Globalization;

namespace Relata.Actors;

public enum DatePrecision : byte { Year, Month, Day }

/// <summary>A knowledge-base date written as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, keeping its precision.</summary>
public readonly record struct KbDate(int Year, int Month, int Day, DatePrecision Precision)
{
    /// <summary>First day the written date can denote (used for <c>from</c>).</summary>
    public DateOnly First => new(Year, Precision >= DatePrecision.Month ? Month : 1, Precision == DatePrecision.Day ? Day : 1);

    /// <summary>
    /// Exclusive end when used as <c>to</c>: a full date ends on that day; a bare year or month is read as
    /// "until some time in it" and extends to its end (docs/actor-kb.md).
    /// </summary>
    public DateOnly EndExclusive => Precision switch
    {
        DatePrecision.Day => First,
        DatePrecision.Month => First.AddMonths(1),
        _ => Year >= 9999 ? DateOnly.MaxValue : First.AddYears(1),
    };

    public static bool TryParse(string? text, out KbDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string s = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out int y) && y >= 1)
        {
            date = new KbDate(y, 1, 1, DatePrecision.Year);
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, inv, out y)
            && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, inv, out int m) && y >= 1 && m is >= 1 and <= 12)
        {
            date = new KbDate(y, m, 1, DatePrecision.Month);
            return true;
        }
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            date = new KbDate(d.Year, d.Month, d.Day, DatePrecision.Day);
            return true;
        }
        return false;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };
}
