using Relata.Documents;
using Relata.Time.Lexicon;

namespace Relata.Time.Recognition;

/// <summary>
/// Token-driven recogniser: at each token it tries a fixed order of matchers (vague phrases, sets, ranges,
/// modified dates, relatives, numbered durations, times, weekdays) and keeps the first that matches, then
/// continues after it. No regular expressions; every lexical decision goes through <see cref="TimeLexicon"/>.
/// </summary>
public sealed partial class TimexRecognizer(TimeLexicon lex)
{
    /// <param name="t">One sentence of fine tokens (<see cref="FineTokens"/>); parses index into its token list.</param>
    /// <param name="probeTense">False leaves <see cref="TimexParse.Tense"/> to the caller, who may not need it (see <see cref="ProbeTense"/>).</param>
    public void Recognize(in SentenceTokens t, List<TimexParse> into, bool probeTense = true)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var classes = t.Classes;
        int i = t.Start;
        while (i < t.End)
        {
            // Most tokens are words that cannot start an expression, or punctuation: skip them without a call.
            // Only words, numbers and the apostrophe of "'90s" start an expression (symbols, links and other punctuation never do).
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Word ? (classes[i] & WordClass.Trigger) == 0
                : kind != TokenKind.Number && (kind != TokenKind.Punctuation || !IsApostropheYearStart(t, i)))
            {
                i++;
                continue;
            }
            // "the" before a word that neither goes on a vague phrase nor starts an expression ("the talks"): Match finds nothing.
            if (kind == TokenKind.Word && (classes[i] & WordClass.The) != 0 && !_theAloneIsVague && i + 1 < t.End
                && tokens[i + 1].Kind == TokenKind.Word && (classes[i + 1] & (WordClass.Trigger | WordClass.VagueInner)) == 0)
            {
                i++;
                continue;
            }
            var p = Match(t, i);
            if (p is null) { i++; continue; }
            p.Signal ??= SignalBefore(t, p.FirstToken);
            p.Citation = IsCitation(t, p);
            if (probeTense) ProbeTense(t, p);
            into.Add(p);
            i = Math.Max(p.EndToken, i + 1);
        }
    }

    private readonly bool _theAloneIsVague = lex.Vague.HasOneWordPhrase("the");

    /// <summary>
    /// Classes of a word at which some matcher after the vague phrases can fire: a word with none of them
    /// starts nothing (each matcher's first test needs one of these).
    /// </summary>
    private const WordClass StartClasses =
        WordClass.SetWord | WordClass.SetQuantifier | WordClass.FrequencyWord                                 // sets
        | WordClass.DateApproximator | WordClass.PrefixMod | WordClass.OfPhraseMod | WordClass.RangeOpener    // modified dates, ranges
        | WordClass.Month | WordClass.InnerHyphen | WordClass.Season | WordClass.QuarterFirst | WordClass.Ordinal // calendar
        | WordClass.RelativeDay | WordClass.RelativeDeterminer                                               // relatives
        | WordClass.NumberWord | WordClass.Multiplier | WordClass.VagueCountFirst | WordClass.Unit            // durations
        | WordClass.DayTime | WordClass.Weekday;                                                              // times, weekdays

    /// <param name="i">A token that is not a non-trigger word nor plain punctuation (see <see cref="Recognize"/>).</param>
    private TimexParse? Match(in SentenceTokens t, int i)
    {
        var vague = MatchVague(t, i);
        if (vague is not null) return vague;
        bool the = t[i].Kind == TokenKind.Word && (t.Classes[i] & WordClass.The) != 0 && t.InRange(i + 1);
        int j = the ? i + 1 : i;
        // "the" + a word that cannot start an expression ("the talks"): no matcher fires at that word either.
        if (the && t[j].Kind == TokenKind.Word && (t.Classes[j] & WordClass.Trigger) == 0) return null;
        if (t[j].Kind == TokenKind.Word && (t.Classes[j] & StartClasses) == 0 && !IsApostropheYearStart(t, j)) return null;
        var modified = MatchModified(t, j);
        var p = MatchSet(t, j) ?? MatchRange(t, j, modified) ?? modified ?? MatchRelative(t, j, the)
            ?? MatchNumbered(t, j, the) ?? MatchTime(t, j) ?? MatchWeekday(t, j);
        if (p is null) return null;
        if (the && p.FirstToken == j && IncludesThe(p)) p.FirstToken = i;
        return p;
    }

    /// <summary>Sets the shallow tense of a parse that <see cref="Recognize"/> found in <paramref name="t"/>.</summary>
    public void ProbeTense(in SentenceTokens t, TimexParse p)
    {
        p.Tense = Normalisation.TenseProbe.At(t, p.FirstToken, p.EndToken, lex);
        p.TenseProbed = true;
    }

    private static bool IncludesThe(TimexParse p) => p.Kind switch
    {
        ParseKind.Decade or ParseKind.Century or ParseKind.Relative or ParseKind.Duration or ParseKind.Shift => true,
        ParseKind.Calendar => p.Part is not null || p.Mod is not null,
        _ => false,
    };

    private TimexParse? MatchVague(in SentenceTokens t, int i)
    {
        if (!t.WordHas(i, WordClass.VagueFirst)) return null;
        // No phrase is this word alone, and the next word goes on none ("to the", "in March"): nothing to look up.
        if ((t.Classes[i] & WordClass.VagueSingle) == 0 && !t.Has(i + 1, WordClass.VagueInner)) return null;
        int n = lex.Vague.Match(t, i, WordClass.VagueInner, out string value);
        if (n == 0) return null;
        return new TimexParse { Kind = ParseKind.Vague, FirstToken = i, EndToken = i + n, Value = value };
    }

    private TimexParse? MatchSet(in SentenceTokens t, int j)
    {
        if (!t.WordHas(j, WordClass.SetWord | WordClass.SetQuantifier | WordClass.FrequencyWord)) return null;
        var classes = t.Classes[j];
        if ((classes & WordClass.SetWord) != 0 && lex.SetWords.TryGet(t.Word(j), out string v))
            return new TimexParse { Kind = ParseKind.Set, FirstToken = j, EndToken = j + 1, Value = v };
        bool quantifier = (classes & WordClass.SetQuantifier) != 0;
        bool frequency = (classes & WordClass.FrequencyWord) != 0 && (t.Is(j + 1, "a") || t.Is(j + 1, "an") || t.Is(j + 1, "per") || t.Is(j + 1, "every"));
        if (!quantifier && !frequency) return null;
        int k = frequency ? j + 2 : j + 1;
        double amount = 1;
        if (quantifier)
        {
            if (t.IsDigits(k, out int n, out _)) { amount = n; k++; }
            else
            {
                int read = NumberReader.TryWords(t, k, lex, allowArticle: false, out double w);
                if (read > 0) { amount = w; k += read; }
            }
        }
        if (!t.WordHas(k, WordClass.Unit) || !lex.Units.TryGet(t.Word(k), out var unit)) return null;
        return new TimexParse
        {
            Kind = ParseKind.Set, FirstToken = j, EndToken = k + 1,
            Value = DurationValue(amount, unit),
        };
    }

    private readonly WordTable<string> _lowered = LowerCaseForms(lex);

    private static WordTable<string> LowerCaseForms(TimeLexicon lex)
    {
        var table = new WordTable<string>();
        foreach (var key in lex.Signals.Keys.Concat(lex.RangeOpeners.Keys))
            if (System.Text.Ascii.IsValid(key)) table.Add(key, key.ToLowerInvariant());
        return table;
    }

    /// <summary>The lower-case form of a signal or range opener, shared rather than allocated per match.</summary>
    private string Lowered(ReadOnlySpan<char> word) =>
        System.Text.Ascii.IsValid(word) && _lowered.TryGet(word, out string lower) ? lower : word.ToString().ToLowerInvariant();

    private static TimexParse Clone(TimexParse p) => (TimexParse)p.MemberwiseCloneForRange();

    internal static string DurationValue(double? amount, TimeUnit unit)
    {
        string n = amount is null ? "X" : amount.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return unit.TimeOfDay ? $"PT{n}{unit.Code}" : $"P{n}{unit.Code}";
    }

    private TimexParse? MatchRange(in SentenceTokens t, int j, TimexParse? atJ)
    {
        string? opener = t.WordHas(j, WordClass.RangeOpener) ? Lowered(t.Word(j)) : null;
        int a0 = opener is null ? j : j + 1;
        var a = opener is null ? atJ : MatchModified(t, a0);
        if (a is null || a.Kind is not (ParseKind.Calendar or ParseKind.Decade or ParseKind.Century)) return null;
        int c = a.EndToken;
        if (!t.InRange(c)) return null;
        bool dash = t.IsDash(c);
        bool connector = dash || t.WordHas(c, WordClass.RangeConnector);
        if (!connector) return null;
        if (opener == "between" && !t.Is(c, "and")) return null;
        bool inAnd = opener is null && t.Is(c, "and") && (t.Is(j - 1, "in") || t.Is(j - 1, "during") || t.Is(j - 1, "for"));
        if (opener is null && !dash && !inAnd) return null;

        TimexParse? b;
        if (dash && a.Kind == ParseKind.Calendar && a.Year is not null && a.Month is null && t.IsDigits(c + 1, out int yy, out int digits) && digits == 2)
            b = new TimexParse { Kind = ParseKind.Calendar, FirstToken = c + 1, EndToken = c + 2, Year = a.Year.Value / 100 * 100 + yy };
        else
            b = MatchModified(t, c + 1);
        if (b is null || b.Kind != a.Kind) return null;
        if (dash && opener is null && (a.Month is not null || b.Month is not null)) return null;
        if (a.Kind == ParseKind.Calendar && a.Year is null && b.Year is not null && a.Month is not null) a.Year = b.Year;
        // The begin parse may be the caller's cached match: copy so it is not returned twice.
        var begin = opener is null ? Clone(a) : a;
        return new TimexParse
        {
            Kind = ParseKind.Range, FirstToken = a0, EndToken = b.EndToken, Begin = begin, End = b, Signal = opener,
        };
    }

    /// <summary>A core date with an optional part-of-period modifier: "early April", "mid-2019", "the end of the 1990s", "around 2010".</summary>
    private TimexParse? MatchModified(in SentenceTokens t, int j)
    {
        if (!t.InRange(j)) return null;
        if (t.WordHas(j, WordClass.DateApproximator | WordClass.PrefixMod | WordClass.OfPhraseMod))
        {
            var w = t.Word(j);
            var classes = t.Classes[j];
            if ((classes & WordClass.DateApproximator) != 0 && MatchCore(t, j + 1) is { } approx && approx.Kind != ParseKind.Calendar | approx.Year is not null)
            {
                approx.Mod ??= "APPROX";
                approx.FirstToken = j;
                return approx;
            }
            if ((classes & WordClass.PrefixMod) != 0 && lex.PrefixMods.TryGet(w, out string mod))
            {
                bool dashed = t.IsDash(j + 1) && t.Touches(j) && t.Touches(j + 1);
                bool needsDash = w.Equals("end", StringComparison.OrdinalIgnoreCase);
                if (!needsDash || dashed)
                {
                    int k = dashed ? j + 2 : j + 1;
                    var inner = MatchCore(t, k) ?? MatchRelative(t, k, the: false);
                    if (inner is not null && inner.Kind is ParseKind.Calendar or ParseKind.Decade or ParseKind.Century or ParseKind.Relative)
                    {
                        inner.Mod = mod;
                        inner.FirstToken = j;
                        return inner;
                    }
                }
            }
            if ((classes & WordClass.OfPhraseMod) != 0 && lex.OfPhraseMods.TryGet(w, out string ofMod) && t.Is(j + 1, "of"))
            {
                int k = j + 2;
                bool innerThe = t.Is(k, "the");
                var inner = MatchCore(t, innerThe ? k + 1 : k) ?? MatchRelative(t, innerThe ? k + 1 : k, innerThe) ?? ThisUnit(t, k);
                if (inner is not null && inner.Kind is ParseKind.Calendar or ParseKind.Decade or ParseKind.Century or ParseKind.Relative)
                {
                    inner.Mod = ofMod;
                    inner.FirstToken = j;
                    return inner;
                }
            }
        }
        return MatchCore(t, j);
    }

    /// <summary>"the year" / "the month" after "the end of": the current one.</summary>
    private TimexParse? ThisUnit(in SentenceTokens t, int k)
    {
        if (!t.Is(k, "the") || !t.WordHas(k + 1, WordClass.Unit) || !lex.Units.TryGet(t.Word(k + 1), out var unit) || unit.TimeOfDay) return null;
        return new TimexParse { Kind = ParseKind.Relative, FirstToken = k, EndToken = k + 2, Unit = unit.Code, Offset = 0 };
    }

    private string? SignalBefore(in SentenceTokens t, int first)
    {
        int k = first - 1;
        if (t.Is(k, "the")) k--;
        return t.WordHas(k, WordClass.Signal) ? Lowered(t.Word(k)) : null;
    }

    /// <summary>
    /// A date inside parentheses that follows a source name and a comma ("(Gazeta.ru, June 19)", "(see EDM, November 13, 2024)")
    /// or "accessed", is the date of the cited source.
    /// </summary>
    private static bool IsCitation(in SentenceTokens t, TimexParse p)
    {
        if (p.Kind is not (ParseKind.Calendar or ParseKind.Range)) return false;
        int open = -1;
        for (int k = p.FirstToken - 1; k >= t.Start; k--)
        {
            if (t.IsChar(k, ')')) return false;
            if (t.IsChar(k, '(')) { open = k; break; }
        }
        if (open < 0) return false;
        bool closed = false;
        for (int k = p.EndToken; k < t.End; k++)
        {
            if (t.IsChar(k, '(')) break;
            if (t.IsChar(k, ')')) { closed = true; break; }
        }
        if (!closed) return false;
        int before = p.FirstToken - 1;
        return before > open && (t.IsChar(before, ',') || t.IsChar(before, ';') || t.Is(before, "accessed"));
    }
}
