using Relata.Data;
using YamlDotNet.Serialization;

namespace Relata.Text;

/// <summary>The cue lists in data/lexicons/text-paragraph-roles.yaml.</summary>
public sealed class ParagraphRoleCues
{
    private static readonly Lazy<ParagraphRoleCues> Bundled = new(Load);

    public static ParagraphRoleCues Default => Bundled.Value;

    public required IReadOnlyList<string> CaptionPrefixes { get; init; }
    public required IReadOnlyList<string> CaptionBracketWords { get; init; }
    public required IReadOnlyList<string> BylinePrefixes { get; init; }
    public required IReadOnlyList<string> BioProfessions { get; init; }
    public required IReadOnlyList<string> BioVerbs { get; init; }
    public required IReadOnlyList<string> BioPronouns { get; init; }
    public required IReadOnlyList<string> BioPrefixes { get; init; }
    public required IReadOnlyList<string> NameParticles
    {
        get => _nameParticles;
        init
        {
            _nameParticles = value;
            _particleLookup = new HashSet<string>(value, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private readonly IReadOnlyList<string> _nameParticles = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particleLookup;

    /// <summary>"al", "van", "bin": lower-case words that may sit inside a personal name.</summary>
    public bool IsNameParticle(ReadOnlySpan<char> word) => _particleLookup.Contains(word);

    public required IReadOnlyList<string> DisclaimerCues { get; init; }

    private System.Buffers.SearchValues<string>? _disclaimerSearch;

    /// <summary>True when the text holds any disclaimer cue (case-insensitive), in one pass over the text.</summary>
    internal bool HasDisclaimerCue(ReadOnlySpan<char> text)
    {
        // An empty cue is found everywhere, as string search finds "" everywhere; SearchValues would not take it.
        foreach (string cue in DisclaimerCues) if (cue.Length == 0) return true;
        _disclaimerSearch ??= System.Buffers.SearchValues.Create([.. DisclaimerCues], StringComparison.OrdinalIgnoreCase);
        return text.ContainsAny(_disclaimerSearch);
    }
    public required IReadOnlyList<string> AcknowledgementPrefixes { get; init; }
    public required IReadOnlyList<string> BoilerplatePrefixes { get; init; }

    private static ParagraphRoleCues Load()
    {
        var lists = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, List<string>>>(BundledData.ReadText("lexicons/text-paragraph-roles.yaml"));
        List<string> Get(string key) => lists.GetValueOrDefault(key) ?? [];
        return new ParagraphRoleCues
        {
            CaptionPrefixes = Get("caption_prefixes"),
            CaptionBracketWords = Get("caption_bracket_words"),
            BylinePrefixes = Get("byline_prefixes"),
            BioProfessions = Get("bio_professions"),
            BioVerbs = Get("bio_verbs"),
            BioPronouns = Get("bio_pronouns"),
            BioPrefixes = Get("bio_prefixes"),
            NameParticles = Get("name_particles"),
            DisclaimerCues = Get("disclaimer_cues"),
            AcknowledgementPrefixes = Get("acknowledgement_prefixes"),
            BoilerplatePrefixes = Get("boilerplate_prefixes"),
        };
    }
}
