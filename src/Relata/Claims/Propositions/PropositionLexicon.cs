using Relata.Data;
using Relata.Topics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Claims.Propositions;

/// <summary>One predicate family of <c>data/claims/propositions.yaml</c>.</summary>
public sealed record PredicateFamily(string Id, string Label, string? Topic, IReadOnlyList<string> Triggers, bool ObjectRequired);

/// <summary>A trigger form of a family; <see cref="Past"/> when the form itself is a past tense ("armed", "fought").</summary>
internal readonly record struct TriggerForm(PredicateFamily Family, bool Past);

public sealed class PropositionLexiconException(string problem) : Exception($"data/claims/propositions.yaml: {problem}");

/// <summary>Predicate families and stance marker words. Immutable once loaded; matching is thread-safe.</summary>
public sealed class PropositionLexicon
{
    private static readonly Lazy<PropositionLexicon> BundledLexicon = new(() => Parse(BundledData.ReadText("claims/propositions.yaml")));

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private PropositionLexicon() { }

    public static PropositionLexicon Bundled => BundledLexicon.Value;

    public IReadOnlyList<PredicateFamily> Families { get; private set; } = [];

    internal PhraseMatcher<TriggerForm> Triggers { get; } = new(stem: false);
    internal PhraseMatcher<PropositionMarkerKind> Markers { get; } = new(stem: false);

    public PredicateFamily? Family(string id) => Families.FirstOrDefault(f => f.Id == id);

    public static PropositionLexicon Parse(string yaml)
    {
        FileDto file;
        try { file = Deserializer.Deserialize<FileDto?>(yaml) ?? throw new PropositionLexiconException("empty file"); }
        catch (YamlException e) { throw new PropositionLexiconException($"line {e.Start.Line}: {e.Message}"); }

        var lexicon = new PropositionLexicon();
        var families = new List<PredicateFamily>();
        foreach (var f in file.Families ?? throw new PropositionLexiconException("'families' is required"))
        {
            if (string.IsNullOrWhiteSpace(f.Id) || f.Triggers is not { Count: > 0 })
                throw new PropositionLexiconException($"family '{f.Id}' needs an id and triggers");
            bool required = (f.Object ?? "required") switch
            {
                "required" => true,
                "optional" => false,
                var other => throw new PropositionLexiconException($"family '{f.Id}': object must be required or optional, not '{other}'"),
            };
            var family = new PredicateFamily(f.Id, f.Label ?? f.Id, f.Topic, f.Triggers, required);
            families.Add(family);
            foreach (string trigger in f.Triggers)
                foreach (var (form, past) in Inflections(trigger))
                    lexicon.Triggers.Add(form, new TriggerForm(family, past));
            foreach (string past in f.Past ?? [])
                lexicon.Triggers.Add(past, new TriggerForm(family, true));
        }
        AddMarkers(lexicon, file.Hedges, PropositionMarkerKind.Hedge);
        AddMarkers(lexicon, file.Negations, PropositionMarkerKind.Negation);
        AddMarkers(lexicon, file.Oppositions, PropositionMarkerKind.Opposition);
        AddMarkers(lexicon, file.Rebuttals, PropositionMarkerKind.Rebuttal);
        AddMarkers(lexicon, file.PastAuxiliaries, PropositionMarkerKind.Past);
        AddMarkers(lexicon, file.FutureMarkers, PropositionMarkerKind.Future);
        AddMarkers(lexicon, file.SelfReferences, PropositionMarkerKind.Self);
        lexicon.Families = families;
        return lexicon;
    }

    private static void AddMarkers(PropositionLexicon lexicon, List<string>? words, PropositionMarkerKind kind)
    {
        foreach (string w in words ?? []) lexicon.Markers.Add(w, kind);
    }

    /// <summary>The trigger and regular inflections of its first word (recognise → recognises, recognised, recognising).</summary>
    internal static IEnumerable<(string Form, bool Past)> Inflections(string trigger)
    {
        string t = trigger.Trim();
        int space = t.IndexOf(' ');
        string head = space < 0 ? t : t[..space], rest = space < 0 ? "" : t[space..];
        yield return (t, false);
        if (head.Length < 3 || head.EndsWith("ion", StringComparison.Ordinal) || head.EndsWith("ment", StringComparison.Ordinal)) yield break;
        bool e = head.EndsWith('e');
        bool y = head.EndsWith('y') && !IsVowel(head[^2]);
        bool sibilant = head.EndsWith('s') || head.EndsWith('x') || head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith("ch", StringComparison.Ordinal);
        yield return ((y ? head[..^1] + "ies" : sibilant ? head + "es" : head + "s") + rest, false);
        yield return ((e ? head + "d" : y ? head[..^1] + "ied" : head + "ed") + rest, true);
        yield return ((e && !head.EndsWith("ee", StringComparison.Ordinal) ? head[..^1] : head) + "ing" + rest, false);
        if (ShortDoubling(head))
        {
            yield return (head + head[^1] + "ed" + rest, true);
            yield return (head + head[^1] + "ing" + rest, false);
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // "ban" → "banned", "shop" → "shopped": one syllable, consonant-vowel-consonant.
    private static bool ShortDoubling(string w) =>
        w.Length is >= 3 and <= 4 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);

    private sealed class FileDto
    {
        public List<FamilyDto>? Families { get; set; }
        public List<string>? Hedges { get; set; }
        public List<string>? Negations { get; set; }
        public List<string>? Oppositions { get; set; }
        public List<string>? Rebuttals { get; set; }
        public List<string>? PastAuxiliaries { get; set; }
        public List<string>? FutureMarkers { get; set; }
        public List<string>? SelfReferences { get; set; }
    }

    private sealed class FamilyDto
    {
        public string? Id { get; set; }
        public string? Label { get; set; }
        public string? Topic { get; set; }
        public List<string>? Triggers { get; set; }
        public List<string>? Past { get; set; }
        public string? Object { get; set; }
    }
}
