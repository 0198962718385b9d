using System.Globalization;
using Relata.Documents;
using Relata.Time.Lexicon;
using Relata.Time.Recognition;

namespace Relata.Time.Normalisation;

/// <summary>State carried through a document while its expressions are resolved in text order.</summary>
public sealed class ResolutionContext
{
    public DateOnly? Reference { get; init; }
    /// <summary>How much of <see cref="Reference"/> is known: Day when stated; Month or Year for coarse inferences.</summary>
    public TimexPrecision ReferencePrecision { get; init; } = TimexPrecision.Day;
    /// <summary>Latest non-citation date of day precision (anchor of "five days later" when the previous date is coarser).</summary>
    public Moment? PreviousDay { get; set; }
    /// <summary>Latest non-citation date of at least year precision already resolved (anchor of "five days later").</summary>
    public Moment? Previous { get; set; }
    /// <summary>Day-precision date last seen in the current sentence (anchor of "at 10:30").</summary>
    public Moment? SentenceDay { get; set; }

    private TimexAnchor? _referenceAnchor;

    /// <summary>The anchor "reference &lt;date&gt;" of <see cref="Reference"/>, built once (only call when it is set).</summary>
    internal TimexAnchor ReferenceAnchor => _referenceAnchor ??= TimexAnchor.Reference(Moment.Of(Reference!.Value).Value);
}

/// <summary>Turns a <see cref="TimexParse"/> into a TIMEX3 <see cref="Timex"/> with value, anchor and precision.</summary>
public sealed partial class TimexResolver(TimeLexicon lex)
{
    public const int MinYear = 1000;
    public const int MaxYear = 2200;

    public Timex Resolve(TimexParse p, in SentenceTokens t, ResolutionContext ctx)
    {
        var span = new TextSpan(t[p.FirstToken].Start, t[p.EndToken - 1].End);
        var r = p.Kind switch
        {
            ParseKind.Calendar => Calendar(p, t, ctx),
            ParseKind.Decade => Decade(p, ctx),
            ParseKind.Century => new Resolved(TimexType.Date, p.Period.ToString("D2", CultureInfo.InvariantCulture), TimexPrecision.Century),
            ParseKind.Duration => new Resolved(TimexType.Duration, TimexRecognizer.DurationValue(p.Amount, new TimeUnit(p.Unit, p.TimeUnit)), TimexPrecision.None),
            ParseKind.Set => new Resolved(TimexType.Set, p.Value!, TimexPrecision.None),
            ParseKind.Vague => new Resolved(TimexType.Date, p.Value!, TimexPrecision.None) { Vague = true },
            ParseKind.RelativeDay => RelativeDay(p, ctx),
            ParseKind.Relative => Relative(p, ctx),
            ParseKind.Shift => Shift(p, ctx),
            ParseKind.Weekday => Weekday(p.Weekday, TenseOf(p, t), 0, ctx),
            ParseKind.Time => Time(p, ctx),
            _ => Range(p, t, ctx),
        };
        string value = r.Value;
        if (r.Anchor?.Kind == "reference" && p.Kind is ParseKind.RelativeDay or ParseKind.Relative or ParseKind.Weekday or ParseKind.Shift or ParseKind.Time)
            value = Blur(value, ctx.ReferencePrecision);
        return new Timex
        {
            Span = span,
            Text = span.Slice(t.Text),
            Type = r.Type,
            Value = value,
            Begin = r.Begin,
            End = r.End,
            Anchor = r.Anchor ?? TimexAnchor.None,
            Precision = r.Precision,
            Mod = p.Mod,
            Vague = r.Vague,
            Citation = p.Citation,
            Signal = p.Signal,
            Rejected = r.Rejected,
        };
    }

    private readonly record struct Resolved(TimexType Type, string Value, TimexPrecision Precision)
    {
        public TimexAnchor? Anchor { get; init; }
        public bool Vague { get; init; }
        public string? Rejected { get; init; }
        public string? Begin { get; init; }
        public string? End { get; init; }
    }

    /// <summary>
    /// Masks the parts of a value that a coarse reference date cannot know: with a year-precision reference, "today" is
    /// "2025-XX-XX", not an invented 31 December.
    /// </summary>
    public static string Blur(string value, TimexPrecision known)
    {
        if (known >= TimexPrecision.Day || value.Length < 7 || value[4] != '-') return value;
        var chars = value.ToCharArray();
        if (chars[5] == 'W') { chars[6] = 'X'; chars[7] = 'X'; return new string(chars); }
        if (!char.IsAsciiDigit(chars[5])) return value;
        if (known < TimexPrecision.Month) { chars[5] = 'X'; chars[6] = 'X'; }
        if (chars.Length >= 10 && chars[7] == '-') { chars[8] = 'X'; chars[9] = 'X'; }
        return new string(chars);
    }

    /// <summary>Two-digit years: the latest century that does not put the year more than ten years past the reference.</summary>
    public static int ExpandTwoDigitYear(int yy, DateOnly? reference)
    {
        int refYear = reference?.Year ?? DateTime.UtcNow.Year;
        int year = refYear / 100 * 100 + yy;
        return year > refYear + 10 ? year - 100 : year;
    }

    /// <summary>The recogniser probed the tense of every top-level parse already; range ends and foreign parses are probed here.</summary>
    private int TenseOf(TimexParse p, in SentenceTokens t) => p.TenseProbed ? p.Tense : TenseProbe.At(t, p.FirstToken, p.EndToken, lex);

    private Resolved Calendar(TimexParse p, in SentenceTokens t, ResolutionContext ctx)
    {
        TimexAnchor? anchor = null;
        int? year = p.Year;
        if (year is not null && p.TwoDigitYear) year = ExpandTwoDigitYear(year.Value, ctx.Reference);
        if (year is null && ctx.Reference is { } reference)
        {
            anchor = ctx.ReferenceAnchor;
            int tense = p.Citation ? -1 : TenseOf(p, t);
            year = YearForPartial(p.Month, p.Day, tense, reference);
        }
        var precision = p.Part is { } part ? PartPrecision(part) : p.Day is not null ? TimexPrecision.Day : p.Month is not null ? TimexPrecision.Month : TimexPrecision.Year;
        string? rejected = Validate(year, p.Month, p.Day);
        string y = year is null ? "XXXX" : YearText(year.Value);
        string value = p.Part is not null ? $"{y}-{p.Part}"
            : p.Day is { } dd ? (p.Month is { } mm ? $"{y}-{mm:D2}-{dd:D2}" : $"{y}--{dd:D2}")
            : p.Month is { } m2 ? $"{y}-{m2:D2}"
            : y;
        if (rejected is not null) value = year is null ? "XXXX" : y;
        return new Resolved(TimexType.Date, value, precision) { Anchor = anchor, Rejected = rejected };
    }

    private static readonly string?[] YearTexts = new string?[MaxYear + 1];

    /// <summary>The four-digit text of a year, made once per year (a document names the same few years again and again).</summary>
    private static string YearText(int year) => (uint)year < (uint)YearTexts.Length
        ? YearTexts[year] ??= year.ToString("D4", CultureInfo.InvariantCulture)
        : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// HeidelTime-style: a month (and day) without a year takes the reference year, moved back a year when the clause is
    /// past and the date would fall after the reference date, forward when future and it would fall before.
    /// </summary>
    public static int YearForPartial(int? month, int? day, int tense, DateOnly reference)
    {
        if (month is null) return reference.Year;
        int cmp = month.Value != reference.Month ? month.Value.CompareTo(reference.Month) : (day ?? reference.Day).CompareTo(reference.Day);
        if (tense < 0 && cmp > 0) return reference.Year - 1;
        if (tense > 0 && cmp < 0) return reference.Year + 1;
        return reference.Year;
    }

    private static TimexPrecision PartPrecision(string part) => part[0] switch
    {
        'Q' => TimexPrecision.Quarter,
        'H' => TimexPrecision.Half,
        'W' => TimexPrecision.Week,
        _ => TimexPrecision.Season,
    };

    /// <summary>Reason a calendar date cannot exist, or null.</summary>
    public static string? Validate(int? year, int? month, int? day)
    {
        if (year is { } y && (y < MinYear || y > MaxYear)) return $"implausible year {y}";
        if (month is { } m && (m < 1 || m > 12)) return $"no month {m}";
        if (day is { } d && month is { } mo)
        {
            if (d < 1) return $"no day {d}";
            int max = mo == 2 ? (year is { } yy ? DateTime.DaysInMonth(yy, 2) : 29) : DateTime.DaysInMonth(2001, mo);
            if (d > max)
            {
                string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(mo);
                return mo == 2 && d == 29 && year is not null
                    ? $"29 February {year}: {year} is not a leap year"
                    : $"{d} {monthName} does not exist ({monthName} has {max} days)";
            }
        }
        return null;
    }

    private static Resolved Decade(TimexParse p, ResolutionContext ctx)
    {
        int prefix = p.TwoDigitYear ? ExpandTwoDigitYear(p.Period * 10, ctx.Reference) / 10 : p.Period;
        return new Resolved(TimexType.Date, prefix.ToString("D3", CultureInfo.InvariantCulture), TimexPrecision.Decade);
    }

    private static Resolved RelativeDay(TimexParse p, ResolutionContext ctx)
    {
        if (ctx.Reference is not { } r) return new Resolved(TimexType.Date, "XXXX-XX-XX", TimexPrecision.Day);
        var m = Moment.Of(r.AddDays(p.Offset));
        return new Resolved(TimexType.Date, m.Value, TimexPrecision.Day) { Anchor = ctx.ReferenceAnchor };
    }

    private static Resolved Time(TimexParse p, ResolutionContext ctx)
    {
        string clock = $"T{p.Hour:D2}:{p.Minute:D2}";
        if (ctx.SentenceDay is { } day)
            return new Resolved(TimexType.Time, day.Value + clock, TimexPrecision.Time) { Anchor = TimexAnchor.Previous(day.Value) };
        if (ctx.Reference is { } r)
            return new Resolved(TimexType.Time, ctx.ReferenceAnchor.Value + clock, TimexPrecision.Time) { Anchor = ctx.ReferenceAnchor };
        return new Resolved(TimexType.Time, "XXXX-XX-XX" + clock, TimexPrecision.Time);
    }

    private Resolved Range(TimexParse p, in SentenceTokens t, ResolutionContext ctx)
    {
        var b = Resolve(p.Begin!, t, ctx);
        var e = Resolve(p.End!, t, ctx);
        bool years = b.Precision == TimexPrecision.Year && e.Precision == TimexPrecision.Year && b.Mod is null && e.Mod is null;
        string value = years ? $"{b.Value}-{e.Value}" : $"{b.Value}/{e.Value}";
        return new Resolved(TimexType.Date, value, b.Precision)
        {
            Begin = b.Value, End = e.Value, Anchor = b.Anchor.Kind != "none" ? b.Anchor : e.Anchor,
            Rejected = b.Rejected ?? e.Rejected,
        };
    }
}
