using System.Globalization;
using Relata.Documents;
using Relata.Time;
using Relata.Time.Lexicon;

namespace Relata.Pipeline;

/// <summary>
/// The date a sentence talks about, from its own time expressions: the first one that names a calendar day or
/// month (not vague, not a citation, not rejected). A bare year ("when the Taliban were expelled in 2001") too often
/// dates a subordinate clause, so it overrides the document's date only when it is historical — further back than
/// any officeholder of the document's day could reach ("a mission to Kabul in 1878"). A month resolves to its
/// middle day, a year to 1 July, which is what a role or membership lookup needs.
/// </summary>
public static class SentenceDates
{
    /// <summary>How many years back a bare year must lie to re-date a sentence.</summary>
    public const int HistoricalYears = 40;

    public static DateOnly? Of(DocumentAnalysis analysis, Sentence sentence)
    {
        var timexes = analysis.Timexes;
        // Timexes are in text order: start at the sentence's first one instead of scanning the document from the top.
        int lo = 0, hi = timexes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (timexes[mid].Span.Start < sentence.Span.Start) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < timexes.Count; k++)
        {
            var t = timexes[k];
            if (t.Span.Start >= sentence.Span.End) break;
            if (t.Type != TimexType.Date || t.Vague || t.Citation || t.Rejected is not null) continue;
            if (Parse(t.Begin ?? t.Value) is not { } date) continue;
            if (t.Precision is TimexPrecision.Day or TimexPrecision.Month) return date;
            if (t.Precision == TimexPrecision.Year && analysis.ReferenceDate is { } reference
                && date.Year <= reference.Value.Year - HistoricalYears) return date;
        }
        return null;
    }

    internal static DateOnly? Parse(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && IsoDay(value.AsSpan(0, 10), out var day)) return day;
        if (value.Length == 7 && value[4] == '-' && IsoDay($"{value}-15", out var month)) return month;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out int year) && year is > 0 and < 10000) return new DateOnly(year, 7, 1);
        return null;
    }

    /// <summary>Exactly "yyyy-MM-dd" naming a real day; what TryParseExact with that format accepts, without its cost.</summary>
    private static bool IsoDay(ReadOnlySpan<char> s, out DateOnly day)
    {
        day = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!NumberReader.TryAsciiDigits(s[..4], out int year) || !NumberReader.TryAsciiDigits(s.Slice(5, 2), out int month) || !NumberReader.TryAsciiDigits(s.Slice(8, 2), out int d)) return false;
        if (year < 1 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, month)) return false;
        day = new DateOnly(year, month, d);
        return true;
    }
}
