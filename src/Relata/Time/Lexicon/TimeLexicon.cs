using Relata.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Time.Lexicon;

public sealed record RelativeWord(int Offset, bool Anaphoric);

public sealed record TimeUnit(string Code, bool TimeOfDay);

/// <summary>The compiled tables of <c>data/time/*.yaml</c>. Load once and share: it is immutable after construction.</summary>
public sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> Shared = new(Load);

    public static TimeLexicon Default => Shared.Value;

    public WordTable<int> Months { get; } = new();
    public WordTable<int> Weekdays { get; } = new();
    public WordTable<string> Seasons { get; } = new();
    public PhraseTable<string> Quarters { get; } = new();
    public WordTable<TimeUnit> Units { get; } = new();
    public WordTable<string> DayTimes { get; } = new();
    public WordTable<string> Meridiem { get; } = new();
    public WordTable<string> PrefixMods { get; } = new();
    public WordTable<string> OfPhraseMods { get; } = new();
    public WordTable<bool> DateApproximators { get; } = new();
    public PhraseTable<string> Vague { get; } = new();
    public WordTable<RelativeWord> RelativeDeterminers { get; } = new();
    public WordTable<int> RelativeDays { get; } = new();
    public WordTable<RelativeWord> Shifts { get; } = new();
    public WordTable<string> SetWords { get; } = new();
    public WordTable<bool> SetQuantifiers { get; } = new();
    public PhraseTable<bool> VagueCounts { get; } = new();
    public WordTable<bool> YearCues { get; } = new();
    public WordTable<bool> Signals { get; } = new();
    public WordTable<bool> RangeOpeners { get; } = new();
    public WordTable<bool> RangeConnectors { get; } = new();
    public WordTable<bool> NotYearBefore { get; } = new();
    public WordTable<bool> FrequencyWords { get; } = new();
    public WordTable<bool> FutureCues { get; } = new();
    public WordTable<bool> PastCues { get; } = new();
    public WordTable<double> NumberWords { get; } = new();
    public WordTable<double> Multipliers { get; } = new();
    public WordTable<int> Ordinals { get; } = new();
    public WordTable<bool> OrdinalSuffixes { get; } = new();
    /// <summary>Every word that can start a temporal expression; other words are skipped without further lookups.</summary>
    public WordTable<bool> Triggers { get; } = new();

    private WordClassTable? _classes;

    /// <summary>The classes of every word of these tables, built on first use.</summary>
    public WordClassTable Classes => LazyInitializer.EnsureInitialized(ref _classes, () => WordClassTable.ForTime(this));

    private static IDeserializer Yaml { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    internal static T Read<T>(string path) => Yaml.Deserialize<T>(BundledData.ReadText(path));

    private static TimeLexicon Load()
    {
        var lex = new TimeLexicon();
        var cal = Read<CalendarFile>("time/calendar.yaml");
        foreach (var (n, names) in cal.Months) foreach (var w in names) lex.Months.Add(w, n);
        foreach (var (n, names) in cal.Weekdays) foreach (var w in names) lex.Weekdays.Add(w, n);
        foreach (var (code, names) in cal.Seasons) foreach (var w in names) lex.Seasons.Add(w, code);
        foreach (var (code, names) in cal.Quarters) foreach (var w in names) lex.Quarters.Add(w, code);
        foreach (var u in cal.Units) foreach (var w in u.Names) lex.Units.Add(w, new TimeUnit(u.Code, u.Time));
        foreach (var (code, names) in cal.DayTimes) foreach (var w in names) lex.DayTimes.Add(w, code);
        foreach (var (code, names) in cal.Meridiem) foreach (var w in names) lex.Meridiem.Add(w, code);

        var mods = Read<ModifierFile>("time/modifiers.yaml");
        foreach (var (w, m) in mods.Prefix) lex.PrefixMods.Add(w, m);
        foreach (var (w, m) in mods.OfPhrase) lex.OfPhraseMods.Add(w, m);
        foreach (var w in mods.Approx) lex.DateApproximators.Add(w, true);

        foreach (var v in Read<List<VagueRow>>("time/vague.yaml")) lex.Vague.Add(v.Phrase, v.Value);

        var rel = Read<RelativeFile>("time/relative.yaml");
        foreach (var (w, r) in rel.Determiners) lex.RelativeDeterminers.Add(w, new RelativeWord(r.Offset, r.Anchor == "anaphoric"));
        foreach (var (w, d) in rel.Days) lex.RelativeDays.Add(w, d);
        foreach (var (w, s) in rel.Shifts) lex.Shifts.Add(w, new RelativeWord(s.Sign, s.Anchor == "anaphoric"));
        foreach (var (w, v) in rel.SetWords) lex.SetWords.Add(w, v);
        foreach (var w in rel.SetQuantifiers) lex.SetQuantifiers.Add(w, true);
        foreach (var w in rel.VagueCounts) lex.VagueCounts.Add(w, true);
        foreach (var w in rel.YearCues) lex.YearCues.Add(w, true);
        foreach (var w in rel.Signals) lex.Signals.Add(w, true);
        foreach (var w in rel.RangeOpeners) lex.RangeOpeners.Add(w, true);
        foreach (var w in rel.RangeConnectors) lex.RangeConnectors.Add(w, true);
        foreach (var w in rel.NotYearBefore) lex.NotYearBefore.Add(w, true);
        foreach (var w in rel.FrequencyWords) lex.FrequencyWords.Add(w, true);

        var tense = Read<TenseFile>("time/tense.yaml");
        foreach (var w in tense.Future) lex.FutureCues.Add(w, true);
        foreach (var w in tense.Past) lex.PastCues.Add(w, true);

        var num = Read<NumberFile>("time/numbers.yaml");
        foreach (var (w, v) in num.Units) lex.NumberWords.Add(w, v);
        foreach (var (w, v) in num.Multipliers) lex.Multipliers.Add(w, v);
        foreach (var (w, v) in num.Ordinals) lex.Ordinals.Add(w, v);
        foreach (var w in num.OrdinalSuffixes) lex.OrdinalSuffixes.Add(w, true);
        AddTriggers(lex, cal, mods, rel, num);
        return lex;
    }

    private static void AddTriggers(TimeLexicon lex, CalendarFile cal, ModifierFile mods, RelativeFile rel, NumberFile num)
    {
        IEnumerable<string> words = [
            "the", .. cal.Months.Values.SelectMany(v => v), .. cal.Weekdays.Values.SelectMany(v => v), .. cal.Seasons.Values.SelectMany(v => v),
            .. cal.Quarters.Values.SelectMany(v => v), .. cal.Units.SelectMany(u => u.Names), .. cal.DayTimes.Values.SelectMany(v => v),
            .. mods.Prefix.Keys, .. mods.OfPhrase.Keys, .. mods.Approx, .. rel.Determiners.Keys, .. rel.Days.Keys, .. rel.SetWords.Keys,
            .. rel.SetQuantifiers, .. rel.VagueCounts, .. rel.RangeOpeners, .. rel.FrequencyWords, .. num.Units.Keys, .. num.Ordinals.Keys,
            .. Read<List<VagueRow>>("time/vague.yaml").Select(v => v.Phrase),
        ];
        foreach (var w in words)
        {
            int space = w.IndexOf(' ');
            string first = space > 0 ? w[..space] : w;
            lex.Triggers.Add(first.TrimEnd('-'), true);
        }
    }

    private sealed class CalendarFile
    {
        public Dictionary<int, List<string>> Months { get; set; } = [];
        public Dictionary<int, List<string>> Weekdays { get; set; } = [];
        public Dictionary<string, List<string>> Seasons { get; set; } = [];
        public Dictionary<string, List<string>> Quarters { get; set; } = [];
        public List<UnitRow> Units { get; set; } = [];
        public Dictionary<string, List<string>> DayTimes { get; set; } = [];
        public Dictionary<string, List<string>> Meridiem { get; set; } = [];
    }

    private sealed class UnitRow
    {
        public string Code { get; set; } = "";
        public bool Time { get; set; }
        public List<string> Names { get; set; } = [];
    }

    private sealed class ModifierFile
    {
        public Dictionary<string, string> Prefix { get; set; } = [];
        public Dictionary<string, string> OfPhrase { get; set; } = [];
        public List<string> Approx { get; set; } = [];
    }

    private sealed class VagueRow
    {
        public string Phrase { get; set; } = "";
        public string Value { get; set; } = "";
    }

    private sealed class RelativeRow
    {
        public int Offset { get; set; }
        public int Sign { get; set; }
        public string Anchor { get; set; } = "";
    }

    private sealed class RelativeFile
    {
        public Dictionary<string, RelativeRow> Determiners { get; set; } = [];
        public Dictionary<string, int> Days { get; set; } = [];
        public Dictionary<string, RelativeRow> Shifts { get; set; } = [];
        public Dictionary<string, string> SetWords { get; set; } = [];
        public List<string> SetQuantifiers { get; set; } = [];
        public List<string> VagueCounts { get; set; } = [];
        public List<string> YearCues { get; set; } = [];
        public List<string> Signals { get; set; } = [];
        public List<string> RangeOpeners { get; set; } = [];
        public List<string> RangeConnectors { get; set; } = [];
        public List<string> NotYearBefore { get; set; } = [];
        public List<string> FrequencyWords { get; set; } = [];
    }

    private sealed class TenseFile
    {
        public List<string> Future { get; set; } = [];
        public List<string> Past { get; set; } = [];
    }

    private sealed class NumberFile
    {
        public Dictionary<string, double> Units { get; set; } = [];
        public Dictionary<string, double> Multipliers { get; set; } = [];
        public Dictionary<string, int> Ordinals { get; set; } = [];
        public List<string> OrdinalSuffixes { get; set; } = [];
    }
}
