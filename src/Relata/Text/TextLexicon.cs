using Relata.Data;
using YamlDotNet.Serialization;

namespace Relata.Text;

/// <summary>
/// The word lists segmentation needs, read once from data/lexicons (abbreviations.yaml, text-*.yaml).
/// Lookups take spans, so the hot path allocates nothing.
/// </summary>
public sealed class TextLexicon
{
    private static readonly Lazy<TextLexicon> Bundled = new(Load);

    private readonly Dictionary<string, AbbreviationKind> _abbreviations;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    public TextLexicon(IReadOnlyDictionary<string, AbbreviationKind> abbreviations, IEnumerable<string> sentenceStarters)
    {
        _abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kind) in abbreviations) _abbreviations.TryAdd(word.TrimEnd('.'), kind);
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _starterLookup = new HashSet<string>(sentenceStarters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon bundled with Relata.</summary>
    public static TextLexicon Default => Bundled.Value;

    /// <param name="word">The abbreviation without its final period ("Gen", "e.g", "Ph.D").</param>
    public AbbreviationKind Abbreviation(ReadOnlySpan<char> word) =>
        _abbreviationLookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True for capitalised words that usually open a sentence and rarely belong to a name ("The", "However").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starterLookup.Contains(word);

    private static TextLexicon Load()
    {
        var deserializer = new DeserializerBuilder().Build();
        var abbreviations = deserializer.Deserialize<Dictionary<string, List<string>>>(BundledData.ReadText("lexicons/abbreviations.yaml"));
        var starters = deserializer.Deserialize<Dictionary<string, List<string>>>(BundledData.ReadText("lexicons/text-sentence-starters.yaml"));
        var kinds = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        // Earlier categories win when a word is listed twice.
        foreach (var (section, kind) in new[]
                 {
                     ("titles", AbbreviationKind.Title), ("months", AbbreviationKind.Month),
                     ("non_terminal", AbbreviationKind.NonTerminal), ("before_number", AbbreviationKind.BeforeNumber),
                     ("may_end", AbbreviationKind.MayEnd),
                 })
        {
            foreach (var word in abbreviations.GetValueOrDefault(section) ?? []) kinds.TryAdd(word.TrimEnd('.'), kind);
        }
        return new TextLexicon(kinds, starters.GetValueOrDefault("starters") ?? []);
    }
}
