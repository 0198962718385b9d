using Relata.Data;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Relata.Claims;

/// <summary>
/// The fixed function words of <c>data/claims/function-words.yaml</c> (determiners, pronouns, "that", "of", …), by
/// <see cref="ClaimWord"/> class. Every fixed class the rules read must be present. Immutable once loaded.
/// </summary>
internal sealed class ClaimFunctionWords
{
    public const string File = "function-words.yaml";

    /// <summary>The classes a token is compared against by its own text rather than looked up in a lexicon list.</summary>
    public const ClaimWord FixedClasses = (ClaimWord)(((1 << 27) - 1) & ~((1 << 9) - 1));

    private static readonly Lazy<ClaimFunctionWords> BundledWords = new(() => Parse(BundledData.ReadText("claims/" + File)));

    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    private ClaimFunctionWords(IReadOnlyList<(ClaimWord Class, string[] Words)> classes) => Classes = classes;

    public static ClaimFunctionWords Bundled => BundledWords.Value;

    /// <summary>Each fixed class with its lower-cased words.</summary>
    public IReadOnlyList<(ClaimWord Class, string[] Words)> Classes { get; }

    public static ClaimFunctionWords Parse(string yaml)
    {
        Dictionary<string, List<string>?>? file;
        try
        {
            file = Deserializer.Deserialize<Dictionary<string, List<string>?>?>(yaml);
        }
        catch (YamlException e)
        {
            throw new ClaimLexiconException(File, $"line {e.Start.Line}: {e.Message}");
        }
        if (file is null) throw new ClaimLexiconException(File, "empty file");
        var classes = new List<(ClaimWord, string[])>();
        var seen = ClaimWord.None;
        foreach (var (name, words) in file)
        {
            var cls = ClassNamed(name);
            if ((seen & cls) != 0) throw new ClaimLexiconException(File, $"class '{name}' appears twice");
            if (words is not { Count: > 0 } || words.Any(string.IsNullOrWhiteSpace))
                throw new ClaimLexiconException(File, $"class '{name}' needs words");
            seen |= cls;
            classes.Add((cls, [.. words.Select(w => w.Trim().ToLowerInvariant())]));
        }
        foreach (var cls in Enum.GetValues<ClaimWord>())
            if ((cls & FixedClasses) == cls && cls != ClaimWord.None && (seen & cls) == 0)
                throw new ClaimLexiconException(File, $"class '{SnakeCase(cls)}' is missing");
        return new ClaimFunctionWords(classes);
    }

    private static ClaimWord ClassNamed(string name) =>
        Enum.TryParse<ClaimWord>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var cls)
        && !int.TryParse(name, out _) && System.Numerics.BitOperations.IsPow2((int)cls) && (cls & FixedClasses) == cls
            ? cls
            : throw new ClaimLexiconException(File, $"unknown class '{name}'");

    private static string SnakeCase(ClaimWord cls) =>
        string.Concat(cls.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
