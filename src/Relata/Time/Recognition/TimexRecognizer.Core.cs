using Relata.Documents;
using Relata.Time.Lexicon;

namespace Relata.Time.Recognition;

public sealed partial class TimexRecognizer
{
    /// <summary>Calendar expressions: ISO and dotted dates, month-day-year in either order, seasons, quarters, centuries, decades, years.</summary>
    private TimexParse? MatchCore(in SentenceTokens t, int j)
    {
        if (!t.InRange(j)) return null;
        if (t.IsNumber(j))
        {
            // Each number matcher first needs a digit count of its own (or separators, for dotted dates): read it once.
            if (!t.IsDigits(j, out _, out int digits)) return MatchDotted(t, j);
            return digits == 4 ? MatchIso(t, j) ?? MatchYearOrDecade(t, j)
                : digits <= 2 ? MatchDayFirst(t, j) ?? MatchCentury(t, j)
                : null;
        }
        if (IsApostropheYearStart(t, j)) return MatchApostropheYear(t, j);
        if (!t.IsWord(j)) return null;
        return MatchMonthFirst(t, j) ?? MatchSeason(t, j) ?? MatchQuarter(t, j) ?? MatchCentury(t, j) ?? MatchDayFirst(t, j);
    }

    private static TimexParse? MatchIso(in SentenceTokens t, int j)
    {
        if (!t.IsDigits(j, out int y, out int yd) || yd != 4 || !t.Touches(j) || !t.IsDash(j + 1) || !t.Touches(j + 1)) return null;
        if (t.IsWord(j + 2) && t.Word(j + 2) is ['W' or 'w', var a, var b] && char.IsAsciiDigit(a) && char.IsAsciiDigit(b))
            return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = j + 3, Year = y, Part = $"W{a}{b}" };
        if (!t.IsDigits(j + 2, out int m, out int md) || md != 2 || !t.Touches(j + 2) || !t.IsDash(j + 3) || !t.Touches(j + 3)) return null;
        if (!t.IsDigits(j + 4, out int d, out int dd) || dd != 2) return null;
        return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = j + 5, Year = y, Month = m, Day = d };
    }

    /// <summary>"27.12.2016" (day.month.year), one number token.</summary>
    private static TimexParse? MatchDotted(in SentenceTokens t, int j)
    {
        var s = t.Word(j);
        int first = s.IndexOf('.'), last = s.LastIndexOf('.');
        if (first <= 0 || last == first || s.Length - last - 1 != 4) return null;
        if (!int.TryParse(s[..first], out int d) || !int.TryParse(s[(first + 1)..last], out int m) || !int.TryParse(s[(last + 1)..], out int y)) return null;
        if (first > 2 || last - first - 1 > 2) return null;
        return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = j + 1, Year = y, Month = m, Day = d };
    }

    private bool TryMonth(in SentenceTokens t, int j, out int month, out int next, out string? mod)
    {
        month = 0; next = j; mod = null;
        if (!t.WordHas(j, WordClass.Month | WordClass.InnerHyphen)) return false;
        var w = t.Word(j);
        int dash = (t.Classes[j] & WordClass.InnerHyphen) != 0 ? w.IndexOf('-') : -1;
        if (dash > 0 && lex.PrefixMods.TryGet(w[..dash], out string m))
        {
            mod = m;
            w = w[(dash + 1)..];
        }
        else if (!t.IsCapitalized(j) || (t.Classes[j] & WordClass.Month) == 0) return false;
        if (w.Length == 0 || !char.IsUpper(w[0]) || !lex.Months.TryGet(w, out month)) return false;
        next = j + 1;
        if (w.Length <= 4 && t.IsChar(next, '.') && t.Touches(j) && t.InRange(next + 1)) next++;
        return true;
    }

    private bool TryDay(in SentenceTokens t, int k, out int day, out int next)
    {
        next = k;
        if (!t.IsDigits(k, out day, out int digits) || digits > 2 || day < 1 || day > 31) return false;
        next = k + 1;
        if (t.Touches(k) && t.WordHas(next, WordClass.OrdinalSuffix)) next++;
        if (t.IsChar(next, ':')) return false;
        return true;
    }

    private bool TryYear(in SentenceTokens t, int k, out int year, out bool twoDigit, out int next)
    {
        twoDigit = false; next = k;
        if (t.IsDigits(k, out year, out int digits) && digits == 4 && !(t.Touches(k) && t.IsWord(k + 1) && t.Word(k + 1) is "s"))
        {
            next = k + 1;
            return true;
        }
        if (IsApostropheYearStart(t, k) && t.IsDigits(k + 1, out year, out _) && !(t.Touches(k + 1) && t.IsWord(k + 2)))
        {
            twoDigit = true;
            next = k + 2;
            return true;
        }
        return false;
    }

    private TimexParse? MatchMonthFirst(in SentenceTokens t, int j)
    {
        if (!TryMonth(t, j, out int month, out int k, out string? mod)) return null;
        var p = new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, Month = month, Mod = mod };
        if (TryDay(t, k, out int day, out int afterDay))
        {
            p.Day = day;
            k = afterDay;
            // "March 26, 28, 2024": further days of the same month, then the year.
            int m = k;
            while (t.IsChar(m, ',') && TryDay(t, m + 1, out _, out int n2) && t.IsChar(n2, ',')) m = n2;
            int y0 = t.IsChar(m, ',') ? m + 1 : m;
            if (TryYear(t, y0, out int year, out bool two, out int afterYear)) { p.Year = year; p.TwoDigitYear = two; k = afterYear; }
        }
        else
        {
            int y0 = t.Is(k, "of") ? k + 1 : t.IsChar(k, ',') ? k + 1 : k;
            if (TryYear(t, y0, out int year, out bool two, out int afterYear)) { p.Year = year; p.TwoDigitYear = two; k = afterYear; }
            else if (month == 5 && mod is null && !HasMonthCue(t, j - 1)) return null;
        }
        p.EndToken = k;
        return p;
    }

    /// <summary>"May" alone is a month only after a temporal cue ("in May", "early May", "since May").</summary>
    private bool HasMonthCue(in SentenceTokens t, int k) =>
        t.WordHas(k, WordClass.Signal | WordClass.PrefixMod | WordClass.YearCue | WordClass.RelativeDeterminer);

    private TimexParse? MatchDayFirst(in SentenceTokens t, int j)
    {
        int day, k;
        if (t.WordHas(j, WordClass.Ordinal) && lex.Ordinals.TryGet(t.Word(j), out int ord)) { day = ord; k = j + 1; }
        else if (!TryDay(t, j, out day, out k)) return null;
        if (t.Is(k, "of")) k++;
        if (!TryMonth(t, k, out int month, out int afterMonth, out string? mod) || mod is not null) return null;
        var p = new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, Month = month, Day = day };
        k = afterMonth;
        int y0 = t.IsChar(k, ',') ? k + 1 : k;
        if (TryYear(t, y0, out int year, out bool two, out int afterYear)) { p.Year = year; p.TwoDigitYear = two; k = afterYear; }
        p.EndToken = k;
        return p;
    }

    private TimexParse? MatchSeason(in SentenceTokens t, int j)
    {
        if (!t.Has(j, WordClass.Season) || !lex.Seasons.TryGet(t.Word(j), out string code)) return null;
        int k = j + 1;
        if (t.Is(k, "of")) k++;
        if (!TryYear(t, k, out int year, out bool two, out int next)) return null;
        return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = next, Year = year, TwoDigitYear = two, Part = code };
    }

    private TimexParse? MatchQuarter(in SentenceTokens t, int j)
    {
        if (!t.Has(j, WordClass.QuarterFirst)) return null;
        int n = lex.Quarters.Match(t, j, WordClass.QuarterInner, out string code);
        if (n == 0) return null;
        int k = j + n;
        int y0 = t.Is(k, "of") ? k + 1 : k;
        var p = new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, Part = code };
        if (TryYear(t, y0, out int year, out bool two, out int next)) { p.Year = year; p.TwoDigitYear = two; p.EndToken = next; return p; }
        bool bare = t.Word(j).Length == 2; // "Q3"
        bool the = t.Is(j - 1, "the");
        if (!bare && !(the && code[0] == 'Q')) return null;
        p.EndToken = k;
        return p;
    }

    private TimexParse? MatchCentury(in SentenceTokens t, int j)
    {
        int n, k;
        if (t.IsDigits(j, out n, out int digits) && digits <= 2 && t.Touches(j) && t.WordHas(j + 1, WordClass.OrdinalSuffix)) k = j + 2;
        else if (t.WordHas(j, WordClass.Ordinal) && lex.Ordinals.TryGet(t.Word(j), out n)) k = j + 1;
        else return null;
        if (!t.Is(k, "century") || n < 1) return null;
        return new TimexParse { Kind = ParseKind.Century, FirstToken = j, EndToken = k + 1, Period = n - 1 };
    }

    private TimexParse? MatchYearOrDecade(in SentenceTokens t, int j)
    {
        if (!t.IsDigits(j, out int y, out int digits) || digits != 4) return null;
        if (t.Touches(j) && t.IsWord(j + 1) && t.Word(j + 1) is "s")
            return y % 10 == 0 ? new TimexParse { Kind = ParseKind.Decade, FirstToken = j, EndToken = j + 2, Period = y / 10 } : null;
        if (y < 1000 || y > 2999) return null;
        if (t.InRange(j - 1) && (t[j - 1].Kind == TokenKind.Symbol || t.IsChar(j - 1, '#'))) return null;
        if (t.Has(j + 1, WordClass.NotYearBefore)) return null;
        if (t.IsChar(j + 1, ':') || (t.IsChar(j + 1, ',') && t.IsDigits(j + 2, out _, out int d2) && d2 == 3)) return null;
        bool cue = t.WordHas(j - 1, WordClass.YearCue | WordClass.Month | WordClass.Season);
        bool common = y >= 1900 && y <= 2100;
        if (!cue && !common) return null;
        return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = j + 1, Year = y };
    }

    private static bool IsApostropheYearStart(in SentenceTokens t, int i) =>
        t.InRange(i) && (t.IsChar(i, '\'') || t.IsChar(i, '\u2019')) && t.Touches(i)
        && t.IsDigits(i + 1, out _, out int digits) && digits == 2
        && (i == t.Start || t[i - 1].End < t[i].Start);

    private TimexParse? MatchApostropheYear(in SentenceTokens t, int j)
    {
        t.IsDigits(j + 1, out int yy, out _);
        if (t.Touches(j + 1) && t.IsWord(j + 2) && t.Word(j + 2) is "s")
            return yy % 10 == 0 ? new TimexParse { Kind = ParseKind.Decade, FirstToken = j, EndToken = j + 3, Period = yy / 10, TwoDigitYear = true } : null;
        if (t.Touches(j + 1) && t.IsWord(j + 2)) return null;
        return new TimexParse { Kind = ParseKind.Calendar, FirstToken = j, EndToken = j + 2, Year = yy, TwoDigitYear = true };
    }
}
