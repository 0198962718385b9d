using System.Globalization;
using Relata.Actors;
using Relata.Claims;
using Relata.Documents;
using Relata.Events.Coding;
using Relata.Pipeline;
using Relata.Quantities;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Time;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Tests.Events.Coding;

/// <summary>Runs every case of tests/Relata.Tests/Events/Coding/Specs/*.yaml through the pipeline up to the event coder.</summary>
public sealed class EventSpecTests
{
    internal static readonly RelataPipeline Pipeline = new RelataPipelineBuilder()
        .UseSegmentation().UseTime()
        .UseActors(null, new ActorLinkingOptions { SentenceDate = SentenceDates.Of })
        .UseQuantities().UseClaims().UseEvents().Build();

    public sealed class SpecFile { public List<SpecCase> Cases { get; set; } = []; }

    public sealed class SpecCase
    {
        public string Name { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Date { get; set; }
        /// <summary>When true, the listed events must be all the events; otherwise each must be found among them.</summary>
        public bool Exact { get; set; }
        public List<ExpectedEvent> Events { get; set; } = [];
        /// <summary>CAMEO codes (or roots) that must not appear as asserted events.</summary>
        public List<string> NotAsserted { get; set; } = [];
    }

    public sealed class ExpectedEvent
    {
        public string? Cameo { get; set; }
        public string? Source { get; set; }
        public string? Target { get; set; }
        public string? Modality { get; set; }
        public string? Date { get; set; }
        public string? DateFrom { get; set; }
        public string? Location { get; set; }
        public string? LocationCountry { get; set; }
        public bool? Symmetric { get; set; }
        public bool? Nominal { get; set; }
    }

    private static string SpecsDirectory => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Events", "Coding", "Specs");

    public static TheoryData<string, string> Cases() => SpecFiles.Cases<SpecFile>(SpecsDirectory, f => f.Cases.Select(c => c.Name));

    private static SpecFile Load(string file) => SpecFiles.Load<SpecFile>(file);

    internal static DocumentAnalysis Analyse(string text, string? date)
    {
        var metadata = date is null ? DocumentMetadata.Empty
            : new DocumentMetadata { PublishedDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return Pipeline.Run(TestDocuments.Text("spec", text, metadata));
    }

    internal static string Describe(CodedEvent e) =>
        $"{e.Cameo} {e.Source?.Id ?? e.Source?.Name ?? "-"} -> {e.Target?.Id ?? e.Target?.Name ?? "-"} {e.Modality} " +
        $"date={e.Date?.Value}/{e.Date?.From} loc={e.Location?.Name}/{e.Location?.Country} sym={e.Symmetric} conf={e.Confidence} " +
        $"'{e.Pattern}' cue={e.ModalityCue}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_expected_events(string file, string name)
    {
        var spec = Load(Path.Combine(SpecsDirectory, file + ".yaml")).Cases.Single(c => c.Name == name);
        var analysis = Analyse(spec.Text, spec.Date);
        var actual = analysis.Events;
        string all = string.Join("\n", actual.Select(Describe)) + "\nmentions: "
            + string.Join(", ", analysis.Mentions.Select(m => $"{m.Text}[{m.Kind}:{m.ActorId}]"));

        if (spec.Exact) Assert.True(spec.Events.Count == actual.Count, $"expected {spec.Events.Count} events, got:\n{all}");
        foreach (var e in spec.Events)
            Assert.True(actual.Exists(a => Matches(e, a)), $"no event like {Describe(e)} among:\n{all}");
        foreach (var code in spec.NotAsserted)
            Assert.False(actual.Exists(a => a.Cameo.StartsWith(code, StringComparison.Ordinal) && a.Modality == EventModality.Asserted),
                $"{code} must not be asserted:\n{all}");
    }

    private static string Describe(ExpectedEvent e) =>
        $"{e.Cameo} {e.Source} -> {e.Target} {e.Modality} date={e.Date}/{e.DateFrom} loc={e.Location}";

    private static bool Matches(ExpectedEvent e, CodedEvent a) =>
        (e.Cameo is null || a.Cameo.StartsWith(e.Cameo, StringComparison.Ordinal))
        && (e.Source is null || Actor(e.Source, a.Source))
        && (e.Target is null || Actor(e.Target, a.Target))
        && (e.Modality is null || string.Equals(e.Modality, a.Modality.ToString(), StringComparison.OrdinalIgnoreCase))
        && (e.Date is null || e.Date == a.Date?.Value)
        && (e.DateFrom is null || e.DateFrom == a.Date?.From)
        && (e.Location is null || (e.Location == "-" ? a.Location is null : a.Location?.Name == e.Location))
        && (e.LocationCountry is null || e.LocationCountry == a.Location?.Country)
        && (e.Symmetric is null || e.Symmetric == a.Symmetric)
        && (e.Nominal is null || e.Nominal == a.Nominal);

    /// <summary>"-" means no actor; otherwise the actor id, its CAMEO code or the start of its name.</summary>
    private static bool Actor(string expected, EventActor? actual) =>
        expected == "-" ? actual is null
        : actual is not null && (expected == actual.Id || expected == actual.Code || expected == actual.Country
                                 || actual.Name.Contains(expected, StringComparison.OrdinalIgnoreCase));
}
