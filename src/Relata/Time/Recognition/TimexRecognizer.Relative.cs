using Relata.Time.Lexicon;

namespace Relata.Time.Recognition;

public sealed partial class TimexRecognizer
{
    /// <summary>"today", "last year", "the previous year", "next month", "this summer", "last December", "the last five years".</summary>
    private TimexParse? MatchRelative(in SentenceTokens t, int j, bool the)
    {
        if (!t.WordHas(j, WordClass.RelativeDay | WordClass.RelativeDeterminer)) return null;
        var w = t.Word(j);
        if ((t.Classes[j] & WordClass.RelativeDay) != 0 && lex.RelativeDays.TryGet(w, out int dayOffset))
            return new TimexParse { Kind = ParseKind.RelativeDay, FirstToken = j, EndToken = j + 1, Offset = dayOffset };
        if ((t.Classes[j] & WordClass.RelativeDeterminer) == 0 || !lex.RelativeDeterminers.TryGet(w, out var rel)) return null;
        bool backward = w.Equals("past", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase);
        bool forward = w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase);
        int k = j + 1;
        // "the last five years", "the next two decades": a duration.
        if (the && (backward || forward))
        {
            double? amount = null;
            int read = 0;
            if (t.IsDigits(k, out int n, out _)) { amount = n; read = 1; }
            else if ((read = NumberReader.TryWords(t, k, lex, allowArticle: false, out double words)) > 0) amount = words;
            else if (t.Has(k, WordClass.VagueCountFirst) && (read = lex.VagueCounts.Match(t, k, WordClass.VagueCountInner, out _)) > 0) amount = null;
            if (read > 0 && t.WordHas(k + read, WordClass.Unit) && lex.Units.TryGet(t.Word(k + read), out var du))
                return new TimexParse { Kind = ParseKind.Duration, FirstToken = j, EndToken = k + read + 1, Amount = amount, Unit = du.Code, TimeUnit = du.TimeOfDay };
        }
        if (!t.IsWord(k)) return null;
        var targetClasses = t.Classes[k];
        const WordClass Targets = WordClass.Unit | WordClass.Season | WordClass.Month | WordClass.Weekday | WordClass.QuarterFirst;
        if ((targetClasses & Targets) == 0) return null;
        var target = t.Word(k);
        var p = new TimexParse { Kind = ParseKind.Relative, FirstToken = j, EndToken = k + 1, Offset = rel.Offset, Anaphoric = rel.Anaphoric };
        if ((targetClasses & WordClass.Unit) != 0 && lex.Units.TryGet(target, out var unit))
        {
            if (unit.TimeOfDay || target.EndsWith("s")) return null;
            if (the && backward)
                return new TimexParse { Kind = ParseKind.Duration, FirstToken = j, EndToken = k + 1, Amount = 1, Unit = unit.Code };
            if (!the && rel.Anaphoric && !w.Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
            p.Unit = unit.Code;
            return p;
        }
        if ((targetClasses & WordClass.Season) != 0 && lex.Seasons.TryGet(target, out string season)) { p.Unit = season; return p; }
        if ((targetClasses & WordClass.Month) != 0 && t.IsCapitalized(k) && lex.Months.TryGet(target, out int month)) { p.Unit = "MONTH"; p.Month = month; return p; }
        if ((targetClasses & WordClass.Weekday) != 0 && t.IsCapitalized(k) && target.Length > 5 && lex.Weekdays.TryGet(target, out int weekday)) { p.Unit = "WEEKDAY"; p.Weekday = weekday; return p; }
        string part = "";
        int q = (targetClasses & WordClass.QuarterFirst) != 0 ? lex.Quarters.Match(t, k, WordClass.QuarterInner, out part) : 0;
        if (q > 0 && part[0] == 'Q' && t.Is(k + q - 1, "quarter")) { p.Unit = part; p.EndToken = k + q; return p; }
        return null;
    }

    /// <summary>"three years", "two decades", "10-year", "five days later", "two years ago", "for decades".</summary>
    private TimexParse? MatchNumbered(in SentenceTokens t, int j, bool the)
    {
        double? amount;
        int k;
        if (t.IsDigits(j, out int n, out int digits) && digits <= 4) { amount = n; k = j + 1; }
        else if (t.IsNumber(j) && NumberReader.TryDigits(t.Word(j), out double dec)) { amount = dec; k = j + 1; }
        else if (t.IsWord(j) && (k = NumberReader.TryWords(t, j, lex, allowArticle: true, out double words)) > 0) { amount = words; k += j; }
        else if (t.WordHas(j, WordClass.VagueCountFirst) && (k = lex.VagueCounts.Match(t, j, WordClass.VagueCountInner, out _)) > 0) { amount = null; k += j; }
        else if (t.WordHas(j, WordClass.Unit) && t.Is(j - 1, "for") && lex.Units.TryGet(t.Word(j), out var bare) && t.Word(j).EndsWith("s") && !bare.TimeOfDay)
            return new TimexParse { Kind = ParseKind.Duration, FirstToken = j, EndToken = j + 1, Amount = null, Unit = bare.Code };
        else if (t.WordHas(j, WordClass.InnerHyphen) && TryHyphenatedDuration(t, j) is { } glued) return glued;
        else return null;

        bool article = t.Is(j, "a") || t.Is(j, "an");
        if (t.IsDash(k) && t.Touches(k - 1) && t.Touches(k)) k++;
        if (!t.WordHas(k, WordClass.Unit) || !lex.Units.TryGet(t.Word(k), out var unit)) return null;
        if (article && j - 1 >= t.Start && (t.Classes[j - 1] & WordClass.FrequencyWord) != 0) return null;
        // "a second convoy": the ordinal, not the unit.
        if (unit.TimeOfDay && unit.Code == "S" && (article || t.IsWord(k + 1))) return null;
        if (t.WordHas(k + 1, WordClass.Shift) && lex.Shifts.TryGet(t.Word(k + 1), out var shift))
            return new TimexParse
            {
                Kind = ParseKind.Shift, FirstToken = j, EndToken = k + 2, Amount = amount, Unit = unit.Code, TimeUnit = unit.TimeOfDay,
                Offset = shift.Offset, Anaphoric = shift.Anaphoric,
            };
        if (t.IsDigits(j, out _, out _) && amount >= 1000) return null;
        return new TimexParse { Kind = ParseKind.Duration, FirstToken = j, EndToken = k + 1, Amount = amount, Unit = unit.Code, TimeUnit = unit.TimeOfDay };
    }

    /// <summary>"five-year" as one token.</summary>
    private TimexParse? TryHyphenatedDuration(in SentenceTokens t, int j)
    {
        var w = t.Word(j);
        int dash = w.LastIndexOf('-');
        if (dash <= 0) return null;
        if (!lex.Units.TryGet(w[(dash + 1)..], out var unit)) return null;
        var head = w[..dash];
        double value;
        int inner = head.IndexOf('-');
        if (!lex.NumberWords.TryGet(head, out value))
        {
            if (inner <= 0 || !lex.NumberWords.TryGet(head[..inner], out double a) || !lex.NumberWords.TryGet(head[(inner + 1)..], out double b)) return null;
            value = a + b;
        }
        if (head.Equals("a", StringComparison.OrdinalIgnoreCase) || head.Equals("an", StringComparison.OrdinalIgnoreCase)) return null;
        return new TimexParse { Kind = ParseKind.Duration, FirstToken = j, EndToken = j + 1, Amount = value, Unit = unit.Code, TimeUnit = unit.TimeOfDay };
    }

    /// <summary>"10:30", "3 p.m.", "10:30 a.m.", "at noon".</summary>
    private TimexParse? MatchTime(in SentenceTokens t, int j)
    {
        if (t.WordHas(j, WordClass.DayTime) && t.Is(j - 1, "at") && lex.DayTimes.TryGet(t.Word(j), out string named) && named.Contains(':'))
        {
            var parts = named[1..].Split(':');
            return new TimexParse { Kind = ParseKind.Time, FirstToken = j, EndToken = j + 1, Hour = int.Parse(parts[0]), Minute = int.Parse(parts[1]) };
        }
        if (!t.IsDigits(j, out int hour, out int hd) || hd > 2 || hour > 24) return null;
        int k = j + 1, minute = 0;
        bool colon = t.IsChar(k, ':') && t.Touches(j) && t.Touches(k) && t.IsDigits(k + 1, out minute, out int md) && md == 2 && minute < 60;
        if (colon) k += 2;
        bool pm = false, meridiem = false;
        if (t.WordHas(k, WordClass.Meridiem) && lex.Meridiem.TryGet(t.Word(k), out string mer))
        {
            if (hour > 12 || hour == 0) return null;
            meridiem = true;
            pm = mer == "pm";
            k++;
        }
        if (!colon && !meridiem) return null;
        if (meridiem) hour = hour % 12 + (pm ? 12 : 0);
        return new TimexParse { Kind = ParseKind.Time, FirstToken = j, EndToken = k, Hour = hour, Minute = minute };
    }

    /// <summary>"on Tuesday", or "Tuesday, April 14, 2017" (then the date carries the value).</summary>
    private TimexParse? MatchWeekday(in SentenceTokens t, int j)
    {
        if (!t.WordHas(j, WordClass.Weekday) || !t.IsCapitalized(j) || t.Word(j).Length < 6 || !lex.Weekdays.TryGet(t.Word(j), out int weekday)) return null;
        int k = t.IsChar(j + 1, ',') ? j + 2 : j + 1;
        if (MatchCore(t, k) is { Kind: ParseKind.Calendar, Month: not null } date)
        {
            date.FirstToken = j;
            return date;
        }
        return new TimexParse { Kind = ParseKind.Weekday, FirstToken = j, EndToken = j + 1, Weekday = weekday };
    }
}
