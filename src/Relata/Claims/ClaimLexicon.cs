using Relata.Data;
using Relata.Topics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Claims;

/// <summary>How a cue's speaker and claim are arranged around it (see data/claims/cues.yaml).</summary>
public enum CueFrame { Speech, Source, Call, Describe, Accuse, Tell }

/// <summary>One attribution cue of <c>data/claims/cues.yaml</c>.</summary>
/// <param name="Bare">False when a claim after the cue needs "that", ":" or a quote (verbs that often take a plain object).</param>
/// <param name="Inverted">True when the cue may come before its speaker ("…, said Ahmed Wali").</param>
public sealed record CueEntry(string Lemma, IReadOnlyList<string> Forms, CueType Type, ClaimStance Polarity, CueFrame Frame,
    bool Bare = true, bool Inverted = false);

public sealed class ClaimLexiconException(string file, string problem) : Exception($"data/claims/{file}: {problem}");

/// <summary>The cue, speaker and marker word lists of <c>data/claims/</c>. Immutable once loaded.</summary>
public sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> BundledLexicon = new(() =>
        Parse(BundledData.ReadText("claims/cues.yaml"), BundledData.ReadText("claims/speakers.yaml"), ClaimFunctionWords.Bundled));

    private ClaimLexicon() { }

    public static ClaimLexicon Bundled => BundledLexicon.Value;

    public IReadOnlyList<CueEntry> Cues { get; private init; } = [];

    internal PhraseMatcher<CueEntry> CueMatcher { get; } = new(stem: false);
    internal PhraseMatcher<bool> FutureMarkers { get; } = new(stem: false);
    /// <summary>Value: true for predictive markers, false for evaluative ones.</summary>
    internal PhraseMatcher<bool> AuthorMarkers { get; } = new(stem: false);
    internal WordSet CueWords { get; private init; } = null!;
    internal WordSet Negations { get; private init; } = null!;
    internal WordSet Auxiliaries { get; private init; } = null!;
    internal WordSet GenericHeads { get; private init; } = null!;
    internal WordSet OrganisationWords { get; private init; } = null!;
    internal WordSet Titles { get; private init; } = null!;
    internal WordSet InnerWords { get; private init; } = null!;
    internal WordSet StopWords { get; private init; } = null!;
    internal WordSet CalendarWords { get; private init; } = null!;
    /// <summary>Determiners, pronouns, "that", "of" and the other fixed words of <c>function-words.yaml</c>.</summary>
    internal ClaimFunctionWords FunctionWords { get; private init; } = null!;
    /// <summary>The classes of every word of these lists, for the rules to read per token.</summary>
    internal ClaimWords Words => _words ??= new ClaimWords(this);
    private ClaimWords? _words;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The lexicon of the given cue and speaker files, with the bundled function words.</summary>
    public static ClaimLexicon Parse(string cuesYaml, string speakersYaml) => Parse(cuesYaml, speakersYaml, ClaimFunctionWords.Bundled);

    /// <summary>The lexicon of the given cue, speaker and function-word files (see data/claims/README.md).</summary>
    public static ClaimLexicon Parse(string cuesYaml, string speakersYaml, string functionWordsYaml) =>
        Parse(cuesYaml, speakersYaml, ClaimFunctionWords.Parse(functionWordsYaml));

    private static ClaimLexicon Parse(string cuesYaml, string speakersYaml, ClaimFunctionWords functionWords)
    {
        var cues = Read<CuesFile>("cues.yaml", cuesYaml);
        var speakers = Read<SpeakersFile>("speakers.yaml", speakersYaml);
        var entries = new List<CueEntry>();
        foreach (var c in cues.Cues ?? throw new ClaimLexiconException("cues.yaml", "'cues' is required"))
        {
            if (string.IsNullOrWhiteSpace(c.Lemma) || c.Forms is not { Count: > 0 })
                throw new ClaimLexiconException("cues.yaml", $"cue '{c.Lemma}' needs a lemma and forms");
            entries.Add(new CueEntry(c.Lemma, c.Forms,
                ParseEnum<CueType>(c.Type ?? "neutral", c.Lemma),
                ParseEnum<ClaimStance>(c.Polarity ?? "none", c.Lemma),
                ParseEnum<CueFrame>(c.Frame ?? "speech", c.Lemma),
                c.Bare ?? true,
                c.Inverted ?? false));
        }
        var lexicon = new ClaimLexicon
        {
            Cues = entries,
            CueWords = new WordSet(entries.SelectMany(e => e.Forms).Where(f => !f.Contains(' '))),
            Negations = new WordSet(cues.Negations ?? []),
            Auxiliaries = new WordSet(cues.Auxiliaries ?? []),
            GenericHeads = new WordSet(speakers.GenericHeads ?? []),
            OrganisationWords = new WordSet(speakers.OrganisationWords ?? []),
            Titles = new WordSet(speakers.Titles ?? []),
            InnerWords = new WordSet(speakers.InnerWords ?? []),
            StopWords = new WordSet(speakers.StopWords ?? []),
            CalendarWords = new WordSet(speakers.CalendarWords ?? []),
            FunctionWords = functionWords,
        };
        foreach (var e in entries)
            foreach (var form in e.Forms)
                lexicon.CueMatcher.Add(form, e);
        foreach (var m in cues.FutureMarkers ?? []) lexicon.FutureMarkers.Add(m, true);
        foreach (var m in cues.AuthorMarkers?.Predict ?? []) lexicon.AuthorMarkers.Add(m, true);
        foreach (var m in cues.AuthorMarkers?.Evaluate ?? []) lexicon.AuthorMarkers.Add(m, false);
        return lexicon;
    }

    private static T ParseEnum<T>(string value, string lemma) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var result) && !int.TryParse(value, out _)
            ? result
            : throw new ClaimLexiconException("cues.yaml", $"cue '{lemma}': unknown {typeof(T).Name} '{value}'");

    private static T Read<T>(string file, string yaml) where T : class
    {
        try
        {
            return Deserializer.Deserialize<T?>(yaml) ?? throw new ClaimLexiconException(file, "empty file");
        }
        catch (YamlException e)
        {
            throw new ClaimLexiconException(file, $"line {e.Start.Line}: {e.Message}");
        }
    }

    private sealed class CuesFile
    {
        public List<CueDto>? Cues { get; set; }
        public List<string>? Negations { get; set; }
        public List<string>? Auxiliaries { get; set; }
        public List<string>? FutureMarkers { get; set; }
        public AuthorMarkersDto? AuthorMarkers { get; set; }
    }

    private sealed class CueDto
    {
        public string? Lemma { get; set; }
        public List<string>? Forms { get; set; }
        public string? Type { get; set; }
        public string? Polarity { get; set; }
        public string? Frame { get; set; }
        public bool? Bare { get; set; }
        public bool? Inverted { get; set; }
    }

    private sealed class AuthorMarkersDto
    {
        public List<string>? Predict { get; set; }
        public List<string>? Evaluate { get; set; }
    }

    private sealed class SpeakersFile
    {
        public List<string>? GenericHeads { get; set; }
        public List<string>? OrganisationWords { get; set; }
        public List<string>? Titles { get; set; }
        public List<string>? InnerWords { get; set; }
        public List<string>? StopWords { get; set; }
        public List<string>? CalendarWords { get; set; }
    }
}
