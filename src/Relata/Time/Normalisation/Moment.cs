using System.Globalization;

namespace Relata.Time.Normalisation;

/// <summary>A calendar point known to some precision (year, month or day).</summary>
public readonly record struct Moment(int Year, int Month, int Day, TimexPrecision Precision)
{
    public static Moment Of(DateOnly d) => new(d.Year, d.Month, d.Day, TimexPrecision.Day);

    public DateOnly Date => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    public string Value => Precision switch
    {
        TimexPrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        TimexPrecision.Month => $"{Year:D4}-{Month:D2}",
        TimexPrecision.Week => IsoWeekValue(Date),
        _ => $"{Year:D4}",
    };

    public static string IsoWeekValue(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>Parses the value of a resolved DATE timex back to a moment (null for seasons, decades, vague values).</summary>
    public static Moment? Parse(string value)
    {
        if (value.Length >= 4 && TryParseInt(value.AsSpan(0, 4), out int y))
        {
            if (value.Length == 4) return new Moment(y, 1, 1, TimexPrecision.Year);
            // Seasons, quarters, halves and weeks anchor later expressions at year precision.
            if (value.Length >= 7 && value[4] == '-' && char.IsAsciiLetter(value[5])) return new Moment(y, 1, 1, TimexPrecision.Year);
            if (value.Length == 7 && value[4] == '-' && TryParseInt(value.AsSpan(5, 2), out int m)) return new Moment(y, m, 1, TimexPrecision.Month);
            if (value.Length >= 10 && value[4] == '-' && value[7] == '-' && TryParseInt(value.AsSpan(5, 2), out int mm) && TryParseInt(value.AsSpan(8, 2), out int dd))
                return new Moment(y, mm, dd, TimexPrecision.Day);
        }
        return null;
    }

    /// <summary><see cref="int.TryParse(ReadOnlySpan{char}, out int)"/>, without its culture look-ups for the usual plain digits.</summary>
    private static bool TryParseInt(ReadOnlySpan<char> s, out int value) =>
        Lexicon.NumberReader.TryAsciiDigits(s, out value) || int.TryParse(s, out value);
}
