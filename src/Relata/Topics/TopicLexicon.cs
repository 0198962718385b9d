using Relata.Data;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Topics;

/// <summary>Thrown when a topic file is malformed; names the file and the problem.</summary>
public sealed class TopicLexiconException(string file, string problem)
    : Exception($"data/topics/{file}: {problem}")
{
    public string File { get; } = file;
}

/// <summary>The policy areas of <c>data/topics/</c>. Load once (<see cref="Bundled"/>) and share.</summary>
public sealed class TopicLexicon
{
    private static readonly Lazy<TopicLexicon> BundledLexicon = new(LoadBundled);

    public TopicLexicon(IReadOnlyList<TopicArea> areas)
    {
        var duplicate = areas.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Topic area '{duplicate.Key}' is defined twice.", nameof(areas));
        Areas = areas;
    }

    public static TopicLexicon Bundled => BundledLexicon.Value;

    public IReadOnlyList<TopicArea> Areas { get; }

    public TopicArea? Find(string id) => Areas.FirstOrDefault(a => a.Id == id);

    private static TopicLexicon LoadBundled() =>
        new([.. BundledData.List("topics/")
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(p => Parse(p["topics/".Length..], BundledData.ReadText(p)))]);

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses one area file (see data/topics/README.md for the format).</summary>
    public static TopicArea Parse(string file, string yaml)
    {
        AreaFile dto;
        try
        {
            dto = Deserializer.Deserialize<AreaFile?>(yaml) ?? throw new TopicLexiconException(file, "empty file");
        }
        catch (YamlException e)
        {
            throw new TopicLexiconException(file, $"line {e.Start.Line}: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(dto.Id) || !dto.Id.All(c => char.IsAsciiLetterLower(c) || c == '_'))
            throw new TopicLexiconException(file, "'id' must be lower-case letters and underscores");
        if (string.IsNullOrWhiteSpace(dto.Name)) throw new TopicLexiconException(file, "'name' is required");
        if (dto.Terms is not { Count: > 0 }) throw new TopicLexiconException(file, "'terms' must list at least one term");
        return new TopicArea(dto.Id, dto.Name, dto.Description?.Trim() ?? "",
            Clean(file, dto.Terms), Clean(file, dto.ContextTerms), Clean(file, dto.NegativeTerms));
    }

    private static string[] Clean(string file, List<string>? terms)
    {
        if (terms is null) return [];
        if (terms.Any(string.IsNullOrWhiteSpace)) throw new TopicLexiconException(file, "empty term");
        return [.. terms.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private sealed class AreaFile
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public List<string>? Terms { get; set; }
        public List<string>? ContextTerms { get; set; }
        public List<string>? NegativeTerms { get; set; }
    }
}
