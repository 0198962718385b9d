using Relata.Documents;
using Relata.Events.Patterns;
using Relata.Tests.Support;
using Relata.Text;
using YamlDotNet.RepresentationModel;

namespace Relata.Tests.Events.Patterns;

/// <summary>Runs the sentence → code/slot cases in <c>Specs/*.yaml</c> (format in <c>Specs/README.md</c>).</summary>
public class PatternSpecTests
{
    private static readonly PatternMatcher Matcher = new(EventPatternSet.Default);

    public sealed record Spec(string File, int Line, string Text, string? Trigger, string Code, string? Target, string? Source, string? Modality)
    {
        public override string ToString() => $"{File}:{Line} {Text}";
    }

    private static string SpecDirectory => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Events", "Patterns", "Specs");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(SpecDirectory, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(ReadSpecs)
            .Select(s => new object[] { Path.GetFileName(s.File), s.Line });

    private static IEnumerable<Spec> ReadSpecs(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        foreach (var node in (YamlSequenceNode)stream.Documents[0].RootNode)
        {
            var map = (YamlMappingNode)node;
            string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
            yield return new Spec(path, (int)node.Start.Line, Get("text")!, Get("trigger"),
                Get("code") ?? throw new InvalidDataException($"{path}:{node.Start.Line}: code is required"),
                Get("target"), Get("source"), Get("modality"));
        }
    }

    [Fact]
    public void Spec_files_hold_cases()
    {
        Assert.True(Cases().Count() >= 60);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_is_coded_as_specified(string file, int line)
    {
        var spec = ReadSpecs(Path.Combine(SpecDirectory, file)).Single(s => s.Line == line);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(spec.Text, new TextSpan(0, spec.Text.Length), tokens);
        var words = tokens.Select(t => t.Span.Slice(spec.Text)).ToList();

        PatternMatch? match;
        if (spec.Trigger is null) match = Matcher.Best(words);
        else
        {
            int at = words.IndexOf(spec.Trigger);
            Assert.True(at >= 0, $"trigger '{spec.Trigger}' is not a token of: {spec}");
            match = Matcher.MatchAt(words, at).FirstOrDefault();
        }

        if (spec.Code == "none")
        {
            Assert.True(match is null, $"{spec}: expected no match, got {match?.Pattern}");
            return;
        }
        Assert.True(match is not null, $"{spec}: no pattern matched");
        Assert.True(spec.Code == match.Code, $"{spec}: expected {spec.Code}, got {match.Pattern}");
        if (spec.Target is not null)
            Assert.Equal(spec.Target == "-" ? null : spec.Target, Slice(spec.Text, tokens, match.Target));
        if (spec.Source is not null)
            Assert.Equal(spec.Source == "-" ? null : spec.Source, Slice(spec.Text, tokens, match.Source));
        Assert.Equal(spec.Modality ?? "none", match.Pattern.Modality.ToString().ToLowerInvariant());
    }

    private static string? Slice(string text, List<Token> tokens, TokenRange? range) =>
        range is { } r ? text[tokens[r.Start].Start..tokens[r.End - 1].End] : null;
}
