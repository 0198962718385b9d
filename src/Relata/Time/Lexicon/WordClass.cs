namespace Relata.Time.Lexicon;

/// <summary>
/// Which lexicon tables hold a token's text, as bits: one lookup per token (see <see cref="TokenClasses"/>) replaces the
/// dozens of table lookups the matchers would otherwise make at every candidate position. Each bit means exactly
/// "the table's <c>Contains</c> is true for this text" (phrase tables: for their first word).
/// </summary>
[Flags]
public enum WordClass : ulong
{
    None = 0,
    /// <summary><see cref="TimeLexicon.Triggers"/> holds the word, or the part before its first hyphen.</summary>
    Trigger = 1UL << 0,
    Month = 1UL << 1,
    Weekday = 1UL << 2,
    Season = 1UL << 3,
    QuarterFirst = 1UL << 4,
    Unit = 1UL << 5,
    DayTime = 1UL << 6,
    Meridiem = 1UL << 7,
    PrefixMod = 1UL << 8,
    OfPhraseMod = 1UL << 9,
    DateApproximator = 1UL << 10,
    VagueFirst = 1UL << 11,
    RelativeDeterminer = 1UL << 12,
    RelativeDay = 1UL << 13,
    Shift = 1UL << 14,
    SetWord = 1UL << 15,
    SetQuantifier = 1UL << 16,
    VagueCountFirst = 1UL << 17,
    YearCue = 1UL << 18,
    Signal = 1UL << 19,
    RangeOpener = 1UL << 20,
    RangeConnector = 1UL << 21,
    NotYearBefore = 1UL << 22,
    FrequencyWord = 1UL << 23,
    FutureCue = 1UL << 24,
    PastCue = 1UL << 25,
    NumberWord = 1UL << 26,
    Multiplier = 1UL << 27,
    Ordinal = 1UL << 28,
    OrdinalSuffix = 1UL << 29,
    /// <summary>The text has a '-' after its first character ("mid-May", "five-year", "twenty-five").</summary>
    InnerHyphen = 1UL << 30,
    /// <summary>A word after the first of some phrase of <see cref="TimeLexicon.Vague"/> (so longer phrases may go on).</summary>
    VagueInner = 1UL << 31,
    QuarterInner = 1UL << 44,
    /// <summary>The word "the" (any case), which starts an expression only before certain words.</summary>
    The = 1UL << 49,
    VagueCountInner = 1UL << 45,
    /// <summary>The article "a" or "an" (any case), a number word that reads as a figure only before another one ("a dozen").</summary>
    Article = 1UL << 50,
    /// <summary>A phrase of <see cref="TimeLexicon.Vague"/> is this word alone ("recently", "now").</summary>
    VagueSingle = 1UL << 51,

    // Quantity tables (set only in a table built with them, see Relata.Quantities).
    CurrencySymbol = 1UL << 32,
    CurrencyWordFirst = 1UL << 33,
    Scale = 1UL << 34,
    QuantityUnitFirst = 1UL << 35,
    QuantityApproximatorFirst = 1UL << 36,
    ChangeVerb = 1UL << 37,
    ChangeNoun = 1UL << 38,
    Linking = 1UL << 39,
    People = 1UL << 40,
    LabelWord = 1UL << 41,
    NotCount = 1UL << 42,
    NounPhraseStop = 1UL << 43,
    CurrencyWordInner = 1UL << 46,
    QuantityUnitInner = 1UL << 47,
    QuantityApproximatorInner = 1UL << 48,

    /// <summary>Set on every computed entry, so a zero entry means "not looked up yet".</summary>
    Known = 1UL << 63,
}
