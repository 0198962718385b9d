using System.Text.RegularExpressions;
using Relata.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Ingest.Cleaning;

/// <summary>The debris phrases and patterns of <c>data/lexicons/boilerplate.yaml</c>.</summary>
public sealed class BoilerplateLexicon
{
    public const string DataPath = "lexicons/boilerplate.yaml";

    private static readonly Lazy<BoilerplateLexicon> LazyDefault = new(() => Parse(BundledData.ReadText(DataPath)));

    public static BoilerplateLexicon Default => LazyDefault.Value;

    public required IReadOnlySet<string> Lines { get; init; }
    public required IReadOnlyList<string> Prefixes { get; init; }
    public required IReadOnlyList<string> Phrases { get; init; }
    public required IReadOnlyList<Regex> Patterns { get; init; }
    public required IReadOnlySet<string> ListHeadings { get; init; }
    public required IReadOnlySet<string> HtmlNoiseWords { get; init; }
    public required IReadOnlyList<string> OutletWords { get; init; }
    public required IReadOnlySet<string> BioRoles { get; init; }
    public int MaxLineChars { get; init; } = 400;

    public static BoilerplateLexicon Parse(string yaml)
    {
        var raw = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<RawLexicon>(yaml) ?? new RawLexicon();
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        return new BoilerplateLexicon
        {
            Lines = raw.Lines.Select(Key).ToHashSet(StringComparer.Ordinal),
            Prefixes = raw.Prefixes.Select(p => p.ToLowerInvariant()).ToArray(),
            Phrases = raw.Phrases.Select(p => p.ToLowerInvariant()).ToArray(),
            Patterns = raw.Patterns.Select(p => new Regex(p, options, TimeSpan.FromSeconds(1))).ToArray(),
            ListHeadings = raw.ListHeadings.Select(Key).ToHashSet(StringComparer.Ordinal),
            HtmlNoiseWords = raw.HtmlNoiseWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            OutletWords = raw.OutletWords.Select(w => w.ToLowerInvariant()).Distinct().ToArray(),
            BioRoles = raw.BioRoles.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            MaxLineChars = raw.MaxLineChars > 0 ? raw.MaxLineChars : 400,
        };
    }

    /// <summary>Comparison key of a short line: lower case, without surrounding punctuation or symbols.</summary>
    public static string Key(string line)
    {
        var span = line.AsSpan().Trim();
        int start = 0, end = span.Length;
        while (start < end && IsEdgeJunk(span[start])) start++;
        while (end > start && IsEdgeJunk(span[end - 1]) && span[end - 1] != '*') end--;
        return span[start..end].ToString().ToLowerInvariant();
    }

    private static bool IsEdgeJunk(char c) =>
        char.IsWhiteSpace(c) || c is ':' or '|' or '»' or '›' or '→' or '↑' or '▲' or '«' or '‹' or '←' or '-' or '–' or '—' or '•' or '·' or '>' or '<' or '#';

    private sealed class RawLexicon
    {
        public List<string> Lines { get; set; } = [];
        public List<string> Prefixes { get; set; } = [];
        public List<string> Phrases { get; set; } = [];
        public List<string> Patterns { get; set; } = [];
        public List<string> ListHeadings { get; set; } = [];
        public List<string> HtmlNoiseWords { get; set; } = [];
        public List<string> OutletWords { get; set; } = [];
        public List<string> BioRoles { get; set; } = [];
        public int MaxLineChars { get; set; }
    }
}
