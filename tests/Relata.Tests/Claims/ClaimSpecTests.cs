using Relata.Claims;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Tests.Claims;

/// <summary>Runs every case of tests/Relata.Tests/Claims/Specs/*.yaml through segmentation + claims.</summary>
public sealed class ClaimSpecTests
{
    private static readonly RelataPipeline Pipeline = new RelataPipelineBuilder().UseSegmentation().UseClaims().Build();

    public sealed class SpecFile { public List<SpecCase> Cases { get; set; } = []; }

    public sealed class SpecCase
    {
        public string Name { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Author { get; set; }
        public List<ExpectedClaim> Claims { get; set; } = [];
    }

    public sealed class ExpectedClaim
    {
        public string? Speaker { get; set; }
        public string? Head { get; set; }
        public string? Cue { get; set; }
        public bool? Quoted { get; set; }
        public string? Claim { get; set; }
        public string? ClaimExact { get; set; }
        public bool? Generic { get; set; }
        public bool? Future { get; set; }
        public bool? Negated { get; set; }
        public bool? Author { get; set; }
        public bool? Resolved { get; set; }
        public string? Stance { get; set; }
        public string? Target { get; set; }
        public int? SpansSentences { get; set; }
        public bool? Continued { get; set; }
    }

    private static string SpecsDirectory => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Claims", "Specs");

    public static TheoryData<string, string> Cases() => SpecFiles.Cases<SpecFile>(SpecsDirectory, f => f.Cases.Select(c => c.Name));

    private static SpecFile Load(string file) => SpecFiles.Load<SpecFile>(file);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_expected_claims(string file, string name)
    {
        var spec = Load(Path.Combine(SpecsDirectory, file + ".yaml")).Cases.Single(c => c.Name == name);
        var metadata = spec.Author is null ? DocumentMetadata.Empty : new DocumentMetadata { Author = spec.Author };
        var analysis = Pipeline.Run(TestDocuments.Text("spec", spec.Text, metadata));
        var actual = analysis.Claims;
        string Describe() => string.Join("\n", actual.Select(c =>
            $"[{c.SpeakerText}] {c.Cue.Lemma} q={c.Quoted} '{c.ClaimText}' head='{(c.SpeakerHeadSpan is { } h ? h.Slice(spec.Text) : null)}' gen={c.GenericSpeaker} fut={c.Future}"));
        Assert.True(spec.Claims.Count == actual.Count, $"expected {spec.Claims.Count} claims, got:\n{Describe()}");
        for (int i = 0; i < spec.Claims.Count; i++)
        {
            var e = spec.Claims[i];
            var a = actual[i];
            string where = $"claim {i}:\n{Describe()}";
            if (e.Speaker is not null) Assert.True(e.Speaker == a.SpeakerText, $"speaker '{e.Speaker}' ≠ '{a.SpeakerText}' in {where}");
            if (e.Head is not null) Assert.True(e.Head == a.SpeakerHeadSpan?.Slice(spec.Text), $"head '{e.Head}' in {where}");
            if (e.Cue is not null) Assert.True(e.Cue == a.Cue.Lemma, $"cue '{e.Cue}' in {where}");
            if (e.Quoted is { } q) Assert.True(q == a.Quoted, $"quoted={q} in {where}");
            if (e.ClaimExact is not null) Assert.True(e.ClaimExact == a.ClaimText, $"claim '{e.ClaimExact}' in {where}");
            if (e.Claim is not null) Assert.True(a.ClaimText.Contains(e.Claim, StringComparison.Ordinal), $"claim contains '{e.Claim}' in {where}");
            if (e.Generic is { } g) Assert.True(g == a.GenericSpeaker, $"generic={g} in {where}");
            if (e.Future is { } f) Assert.True(f == a.Future, $"future={f} in {where}");
            if (e.Negated is { } n) Assert.True(n == a.Negated, $"negated={n} in {where}");
            if (e.Author is { } au) Assert.True(au == a.AuthorJudgement, $"author={au} in {where}");
            if (e.Resolved is { } r) Assert.True(r == (a.Resolution?.Resolved ?? false), $"resolved={r} in {where}");
            if (e.Stance is not null) Assert.True(Enum.Parse<ClaimStance>(e.Stance, true) == a.Stance, $"stance={e.Stance} in {where}");
            if (e.Target is not null) Assert.True(e.Target == a.TargetSpan?.Slice(spec.Text), $"target '{e.Target}' in {where}");
            if (e.SpansSentences is { } s) Assert.True(s == a.Evidence.LastSentence - a.Evidence.FirstSentence + 1, $"spans {s} sentences in {where}");
            if (e.Continued is { } co) Assert.True(co == (a.ContinuedFrom is not null), $"continued={co} in {where}");
            Assert.Equal(a.ClaimText, a.ClaimSpan.Slice(spec.Text));
        }
    }
}
