using System.Globalization;
using Relata.Time.Recognition;

namespace Relata.Time.Normalisation;

public sealed partial class TimexResolver
{
    private static (Moment? Anchor, TimexAnchor Kind) PickAnchor(bool anaphoric, ResolutionContext ctx)
    {
        if (anaphoric && ctx.Previous is { } prev) return (prev, TimexAnchor.Previous(prev.Value));
        if (ctx.Reference is { } r) return (Moment.Of(r), ctx.ReferenceAnchor);
        return (null, TimexAnchor.None);
    }

    private static readonly Dictionary<string, int> SeasonStart = new() { ["SP"] = 3, ["SU"] = 6, ["FA"] = 9, ["WI"] = 12 };

    private Resolved Relative(TimexParse p, ResolutionContext ctx)
    {
        if (p.Unit == "WEEKDAY") return Weekday(p.Weekday, 0, p.Offset == 0 ? 0 : p.Offset, ctx);
        var (a, kind) = PickAnchor(p.Anaphoric, ctx);
        if (a is not { } m) return new Resolved(TimexType.Date, Unknown(p.Unit), PrecisionOf(p.Unit));
        string value;
        TimexPrecision precision = PrecisionOf(p.Unit);
        switch (p.Unit)
        {
            case "Y": value = $"{m.Year + p.Offset:D4}"; break;
            case "DE": value = $"{m.Year / 10 + p.Offset:D3}"; break;
            case "CE": value = $"{m.Year / 100 + p.Offset:D2}"; break;
            case "M":
                if (m.Precision < TimexPrecision.Month) return new Resolved(TimexType.Date, $"{m.Year:D4}-XX", precision) { Anchor = kind };
                var month = new DateOnly(m.Year, m.Month, 1).AddMonths(p.Offset);
                value = $"{month.Year:D4}-{month.Month:D2}";
                break;
            case "W":
                if (m.Precision < TimexPrecision.Day) return new Resolved(TimexType.Date, $"{m.Year:D4}-WXX", precision) { Anchor = kind };
                value = Moment.IsoWeekValue(m.Date.AddDays(7 * p.Offset));
                break;
            case "D":
                if (m.Precision < TimexPrecision.Day) return new Resolved(TimexType.Date, "XXXX-XX-XX", precision) { Anchor = kind };
                value = Moment.Of(m.Date.AddDays(p.Offset)).Value;
                break;
            case "MONTH":
            {
                int mo = p.Month!.Value;
                int year = p.Offset < 0 ? (mo < m.Month ? m.Year : m.Year - 1) : p.Offset > 0 ? (mo > m.Month ? m.Year : m.Year + 1) : m.Year;
                value = $"{year:D4}-{mo:D2}";
                break;
            }
            default:
                if (SeasonStart.TryGetValue(p.Unit, out int start))
                {
                    int year = p.Offset < 0 ? (start + 3 <= m.Month ? m.Year : m.Year - 1) : p.Offset > 0 ? (start > m.Month ? m.Year : m.Year + 1) : m.Year;
                    value = $"{year:D4}-{p.Unit}";
                }
                else value = $"{m.Year + (p.Offset < 0 ? -1 : p.Offset > 0 ? 1 : 0):D4}-{p.Unit}";
                break;
        }
        return new Resolved(TimexType.Date, value, precision) { Anchor = kind };
    }

    private static TimexPrecision PrecisionOf(string unit) => unit switch
    {
        "Y" => TimexPrecision.Year,
        "DE" => TimexPrecision.Decade,
        "CE" => TimexPrecision.Century,
        "M" or "MONTH" => TimexPrecision.Month,
        "W" => TimexPrecision.Week,
        "D" or "WEEKDAY" => TimexPrecision.Day,
        _ when unit.StartsWith('Q') => TimexPrecision.Quarter,
        _ when unit.StartsWith('H') => TimexPrecision.Half,
        _ => TimexPrecision.Season,
    };

    private static string Unknown(string unit) => unit switch
    {
        "Y" => "XXXX",
        "M" or "MONTH" => "XXXX-XX",
        "W" => "XXXX-WXX",
        "D" or "WEEKDAY" => "XXXX-XX-XX",
        "DE" => "XXX",
        "CE" => "XX",
        _ => $"XXXX-{unit}",
    };

    /// <summary>"five days later" (from the previous date in the text), "two years ago" (from the reference date).</summary>
    private static Resolved Shift(TimexParse p, ResolutionContext ctx)
    {
        var (a, kind) = PickAnchor(p.Anaphoric, ctx);
        // "five days later" after a year-only mention counts from the last day-precision date in the text.
        if (p.Anaphoric && p.Unit is "D" or "W" && a is { Precision: < TimexPrecision.Day } && ctx.PreviousDay is { } day)
            (a, kind) = (day, TimexAnchor.Previous(day.Value));
        if (p.Amount is not { } amount || p.TimeUnit)
        {
            string vague = p.Offset < 0 ? "PAST_REF" : "FUTURE_REF";
            return new Resolved(TimexType.Date, vague, TimexPrecision.None) { Anchor = kind, Vague = true };
        }
        if (a is not { } m) return new Resolved(TimexType.Date, Unknown(p.Unit), PrecisionOf(p.Unit));
        int n = (int)Math.Round(amount) * p.Offset;
        string value;
        switch (p.Unit)
        {
            case "Y": value = $"{m.Year + n:D4}"; break;
            case "DE": value = $"{m.Year + 10 * n:D4}"; return new Resolved(TimexType.Date, value, TimexPrecision.Year) { Anchor = kind };
            case "CE": value = $"{m.Year + 100 * n:D4}"; return new Resolved(TimexType.Date, value, TimexPrecision.Year) { Anchor = kind };
            case "M":
                if (m.Precision < TimexPrecision.Month) return new Resolved(TimexType.Date, "XXXX-XX", TimexPrecision.Month) { Anchor = kind };
                var month = new DateOnly(m.Year, m.Month, 1).AddMonths(n);
                value = $"{month.Year:D4}-{month.Month:D2}";
                break;
            case "W":
            case "D":
                if (m.Precision < TimexPrecision.Day) return new Resolved(TimexType.Date, "XXXX-XX-XX", TimexPrecision.Day) { Anchor = kind };
                var d = m.Date.AddDays(p.Unit == "W" ? 7 * n : n);
                // Counted from a known day, "two weeks later" is a day too.
                return new Resolved(TimexType.Date, Moment.Of(d).Value, TimexPrecision.Day) { Anchor = kind };
            default: value = "XXXX"; break;
        }
        return new Resolved(TimexType.Date, value, PrecisionOf(p.Unit)) { Anchor = kind };
    }

    /// <param name="tense">+1 future, −1 past, 0 none (then the most recent occurrence, news convention).</param>
    /// <param name="offset">−1 "last Tuesday", +1 "next Tuesday", 0 plain.</param>
    private static Resolved Weekday(int weekday, int tense, int offset, ResolutionContext ctx)
    {
        if (ctx.Reference is not { } r) return new Resolved(TimexType.Date, "XXXX-XX-XX", TimexPrecision.Day);
        int current = r.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)r.DayOfWeek;
        int diff = weekday - current;
        int days;
        if (offset > 0 || (offset == 0 && tense > 0)) days = diff > 0 ? diff : diff + 7;
        else if (offset < 0) days = diff < 0 ? diff : diff - 7;
        else days = diff <= 0 ? diff : diff - 7;
        var d = r.AddDays(days);
        return new Resolved(TimexType.Date, Moment.Of(d).Value, TimexPrecision.Day) { Anchor = ctx.ReferenceAnchor };
    }

    internal static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
