using System.Globalization;

namespace Relata.Events.Merging;

/// <summary>
/// The days a TIMEX3 date value can mean, as an inclusive range of day numbers: "2025-04" is every day of April 2025,
/// "199" every day of the 1990s. Two mentions can be the same event only when their windows overlap, which is what
/// "compatible, respecting precision" means: "2025-04" fits "2025-04-17", "2025-04-03" does not fit "2025-04-17".
/// </summary>
public readonly record struct DateWindow(int First, int Last)
{
    /// <summary>Days a date taken from the document's own date (no date in the text) reaches back: the report is recent news.</summary>
    public const int DocumentDateReach = 30;

    public static DateWindow Unknown { get; } = new(int.MinValue, int.MaxValue);

    public bool IsUnknown => First == int.MinValue && Last == int.MaxValue;

    public int Days => IsUnknown ? int.MaxValue : Last - First + 1;

    public bool Overlaps(DateWindow other) => First <= other.Last && other.First <= Last;

    /// <summary>Whether every day of this window lies inside <paramref name="other"/>.</summary>
    public bool Within(DateWindow other) => First >= other.First && Last <= other.Last;

    public DateWindow Intersect(DateWindow other) => new(Math.Max(First, other.First), Math.Min(Last, other.Last));

    /// <summary>
    /// The window of an event date. <paramref name="from"/> "document" means the coder fell back on the document's
    /// date: the event happened on or shortly before it, so the window reaches <see cref="DocumentDateReach"/> days back.
    /// </summary>
    public static DateWindow Of(string? value, string? from = null)
    {
        var window = Parse(value);
        if (from == "document" && !window.IsUnknown)
            window = new DateWindow(window.First - DocumentDateReach, window.Last);
        return window;
    }

    /// <summary>Parses YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-SU/SP/FA/WI, YYYY-Www, YYY (decade), YY (century),
    /// year ranges "2000-2017" and intervals "begin/end". Anything else ("XXXX-04-17", "PRESENT_REF") is unknown.</summary>
    public static DateWindow Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return Unknown;
        int slash = value.IndexOf('/');
        if (slash > 0)
        {
            var begin = Parse(value[..slash]);
            var end = Parse(value[(slash + 1)..]);
            return begin.IsUnknown || end.IsUnknown || begin.First > end.Last ? Unknown : new(begin.First, end.Last);
        }
        var s = value.AsSpan();
        if (s.Length == 9 && s[4] == '-' && Digits(s[..4]) && Digits(s[5..]))
            return Years(Int(s[..4]), Int(s[5..]));
        if (s.Length == 2 && Digits(s)) return Years(Int(s) * 100, Int(s) * 100 + 99);
        if (s.Length == 3 && Digits(s)) return Years(Int(s) * 10, Int(s) * 10 + 9);
        if (s.Length < 4 || !Digits(s[..4])) return Unknown;
        int year = Int(s[..4]);
        if (year < 1) return Unknown;
        if (s.Length == 4) return Years(year, year);
        if (s[4] != '-') return Unknown;
        var rest = s[5..];
        if (rest.Length == 2 && Digits(rest)) return Months(year, Int(rest), Int(rest));
        if (rest.Length == 5 && Digits(rest[..2]) && rest[2] == '-' && Digits(rest[3..]))
            return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new(day.DayNumber, day.DayNumber) : Unknown;
        if (rest.Length > 10 && rest[2] == '-' && rest[5] == 'T') return Parse(value[..10]);
        return rest switch
        {
            ['Q', var q] when q is >= '1' and <= '4' => Months(year, (q - '1') * 3 + 1, (q - '1') * 3 + 3),
            ['H', var h] when h is '1' or '2' => Months(year, h == '1' ? 1 : 7, h == '1' ? 6 : 12),
            "SP" => Months(year, 3, 5),
            "SU" => Months(year, 6, 8),
            "FA" => Months(year, 9, 11),
            "WI" => new(new DateOnly(year, 12, 1).DayNumber, new DateOnly(year, 12, 1).AddMonths(3).DayNumber - 1),
            ['W', var w1, var w2] when char.IsAsciiDigit(w1) && char.IsAsciiDigit(w2) => Week(year, (w1 - '0') * 10 + (w2 - '0')),
            _ => Unknown,
        };
    }

    private static DateWindow Years(int first, int last) =>
        first < 1 || last > 9999 || first > last ? Unknown : new(new DateOnly(first, 1, 1).DayNumber, new DateOnly(last, 12, 31).DayNumber);

    private static DateWindow Months(int year, int first, int last) =>
        first is < 1 or > 12 || last is < 1 or > 12 || year > 9999 ? Unknown
            : new(new DateOnly(year, first, 1).DayNumber, new DateOnly(year, last, DateTime.DaysInMonth(year, last)).DayNumber);

    private static DateWindow Week(int year, int week)
    {
        if (week is < 1 or > 53 || year > 9998) return Unknown;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        return new(monday.DayNumber, monday.DayNumber + 6);
    }

    private static bool Digits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static int Int(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
