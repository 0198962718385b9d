using Relata.Time.Lexicon;

namespace Relata.Quantities;

public sealed record UnitEntry(string Unit, string Dimension, decimal Scale);

public sealed record ScaleEntry(decimal Factor, bool CurrencyOnly);

/// <summary>The compiled tables of <c>data/quantities/*.yaml</c> (plus the shared number words of the time lexicon).</summary>
public sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> Shared = new(Load);

    public static QuantityLexicon Default => Shared.Value;

    public TimeLexicon Numbers { get; private init; } = TimeLexicon.Default;
    public PhraseTable<UnitEntry> Units { get; } = new();
    public PhraseTable<string> CurrencyWords { get; } = new();
    public WordTable<string> CurrencySymbols { get; } = new();
    public WordTable<ScaleEntry> Scales { get; } = new();
    public PhraseTable<QuantityBound> Approximators { get; } = new();
    public WordTable<int> ChangeVerbs { get; } = new();
    public WordTable<int> ChangeNouns { get; } = new();
    public WordTable<bool> Linking { get; } = new();
    public WordTable<bool> People { get; } = new();
    public WordTable<bool> LabelWords { get; } = new();
    public WordTable<bool> NotCounts { get; } = new();
    public WordTable<bool> NounPhraseStops { get; } = new();
    public List<string> DemonymSuffixes { get; } = [];

    private WordClassTable? _classes;

    /// <summary>The classes of every word of these tables and of the number and time words, built on first use.</summary>
    public WordClassTable Classes => LazyInitializer.EnsureInitialized(ref _classes, BuildClasses);

    private WordClassTable BuildClasses()
    {
        var table = WordClassTable.Start(Numbers);
        table.Add(CurrencySymbols.Keys, WordClass.CurrencySymbol);
        table.Add(CurrencyWords.FirstWords, WordClass.CurrencyWordFirst);
        table.Add(CurrencyWords.InnerWords, WordClass.CurrencyWordInner);
        table.Add(Units.InnerWords, WordClass.QuantityUnitInner);
        table.Add(Approximators.InnerWords, WordClass.QuantityApproximatorInner);
        table.Add(Scales.Keys, WordClass.Scale);
        table.Add(Units.FirstWords, WordClass.QuantityUnitFirst);
        table.Add(Approximators.FirstWords, WordClass.QuantityApproximatorFirst);
        table.Add(ChangeVerbs.Keys, WordClass.ChangeVerb);
        table.Add(ChangeNouns.Keys, WordClass.ChangeNoun);
        table.Add(Linking.Keys, WordClass.Linking);
        table.Add(People.Keys, WordClass.People);
        table.Add(LabelWords.Keys, WordClass.LabelWord);
        table.Add(NotCounts.Keys, WordClass.NotCount);
        table.Add(NounPhraseStops.Keys, WordClass.NounPhraseStop);
        return table.Freeze();
    }

    private static QuantityLexicon Load()
    {
        var lex = new QuantityLexicon { Numbers = TimeLexicon.Default };
        foreach (var u in TimeLexicon.Read<List<UnitRow>>("quantities/units.yaml"))
            foreach (var n in u.Names) lex.Units.Add(n, new UnitEntry(u.Unit, u.Dimension, u.Scale ?? 1m));
        foreach (var c in TimeLexicon.Read<List<CurrencyRow>>("quantities/currencies.yaml"))
        {
            foreach (var s in c.Symbols) lex.CurrencySymbols.Add(s, c.Code);
            foreach (var w in c.Words) lex.CurrencyWords.Add(w, c.Code);
        }
        foreach (var s in TimeLexicon.Read<List<ScaleRow>>("quantities/scales.yaml"))
            foreach (var w in s.Words) lex.Scales.Add(w, new ScaleEntry(s.Factor, s.CurrencyOnlyWords.Contains(w)));
        foreach (var a in TimeLexicon.Read<List<ApproxRow>>("quantities/approximators.yaml"))
            lex.Approximators.Add(a.Phrase, a.Bound switch { "upper" => QuantityBound.Upper, "lower" => QuantityBound.Lower, _ => QuantityBound.None });
        var ch = TimeLexicon.Read<ChangeFile>("quantities/changes.yaml");
        foreach (var w in ch.UpVerbs) lex.ChangeVerbs.Add(w, 1);
        foreach (var w in ch.DownVerbs) lex.ChangeVerbs.Add(w, -1);
        foreach (var w in ch.UpNouns) lex.ChangeNouns.Add(w, 1);
        foreach (var w in ch.DownNouns) lex.ChangeNouns.Add(w, -1);
        foreach (var w in ch.Linking) lex.Linking.Add(w, true);
        foreach (var w in ch.People) lex.People.Add(w, true);
        foreach (var w in ch.LabelWords) lex.LabelWords.Add(w, true);
        foreach (var w in ch.NotCounts) lex.NotCounts.Add(w, true);
        foreach (var w in ch.NpStops) lex.NounPhraseStops.Add(w, true);
        lex.DemonymSuffixes.AddRange(ch.DemonymSuffixes);
        return lex;
    }

    private sealed class UnitRow
    {
        public string Unit { get; set; } = "";
        public string Dimension { get; set; } = "";
        public decimal? Scale { get; set; }
        public List<string> Names { get; set; } = [];
    }

    private sealed class CurrencyRow
    {
        public string Code { get; set; } = "";
        public List<string> Symbols { get; set; } = [];
        public List<string> Words { get; set; } = [];
    }

    private sealed class ScaleRow
    {
        public List<string> Words { get; set; } = [];
        public decimal Factor { get; set; }
        public List<string> CurrencyOnlyWords { get; set; } = [];
    }

    private sealed class ApproxRow
    {
        public string Phrase { get; set; } = "";
        public string Bound { get; set; } = "";
    }

    private sealed class ChangeFile
    {
        public List<string> UpVerbs { get; set; } = [];
        public List<string> DownVerbs { get; set; } = [];
        public List<string> UpNouns { get; set; } = [];
        public List<string> DownNouns { get; set; } = [];
        public List<string> Linking { get; set; } = [];
        public List<string> People { get; set; } = [];
        public List<string> LabelWords { get; set; } = [];
        public List<string> NotCounts { get; set; } = [];
        public List<string> NpStops { get; set; } = [];
        public List<string> DemonymSuffixes { get; set; } = [];
    }
}
