using System.Globalization;
using Relata.Events.Merging;
using Relata.Store;
using Relata.Tests.Support;

namespace Relata.Tests.Events.Merging;

/// <summary>Runs tests/Relata.Tests/Events/Merging/Specs/rules.yaml: mentions in, merged events out.</summary>
public sealed class MergeRuleSpecTests
{
    public sealed class SpecFile { public List<SpecCase> Cases { get; set; } = []; }

    public sealed class SpecCase
    {
        public string Name { get; set; } = "";
        public List<SpecMention> Mentions { get; set; } = [];
        public List<ExpectedEvent> Expect { get; set; } = [];
    }

    public sealed class SpecMention
    {
        public string Doc { get; set; } = "";
        public string Id { get; set; } = "";
        public string? Source { get; set; }
        public string? SourceCode { get; set; }
        public string? Target { get; set; }
        public string Cameo { get; set; } = "";
        public string? Date { get; set; }
        public string From { get; set; } = "sentence";
        public string Modality { get; set; } = "asserted";
        public bool Symmetric { get; set; }
        public string? Location { get; set; }
        public string? PlaceId { get; set; }
        public string? Country { get; set; }
        public double? Lat { get; set; }
        public double? Lon { get; set; }
        public string? Outlet { get; set; }
        public string? DocDate { get; set; }
    }

    public sealed class ExpectedEvent
    {
        public List<string> Mentions { get; set; } = [];
        public int? Documents { get; set; }
        public int? Outlets { get; set; }
        public List<string>? Conflicts { get; set; }
        public string? Date { get; set; }
        public string? Source { get; set; }
    }

    private static string File => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Events", "Merging", "Specs", "rules.yaml");

    public static TheoryData<string> Cases() => SpecFiles.CaseNames<SpecFile>(File, f => f.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merging_rule_case_yields_expected_events(string name)
    {
        var spec = SpecFiles.Load<SpecFile>(File).Cases.Single(c => c.Name == name);
        var merged = EventMerger.Merge(spec.Mentions.Select(Record));
        string Describe() => string.Join("\n", merged.Select(m =>
            $"{m.Id}: [{string.Join(", ", m.Mentions.Select(EventMerger.MentionKey))}] docs={m.Documents} outlets={m.Outlets} " +
            $"conflicts=[{string.Join(", ", m.Conflicts.Select(c => c.Field + ":" + c.Kind))}] date={m.Representative.Date}"));

        Assert.Equal(spec.Mentions.Count, merged.Sum(m => m.Mentions.Count));
        var expectedGroups = spec.Expect.Where(e => e.Mentions.Count > 1).Select(e => Key(e.Mentions)).ToHashSet();
        var actualGroups = merged.Where(m => m.Mentions.Count > 1).Select(m => Key(m.Mentions.Select(EventMerger.MentionKey))).ToHashSet();
        Assert.True(expectedGroups.SetEquals(actualGroups), $"groups differ:\n{Describe()}");
        foreach (var e in spec.Expect)
        {
            var m = merged.Single(x => Key(x.Mentions.Select(EventMerger.MentionKey)) == Key(e.Mentions));
            if (e.Documents is { } d) Assert.True(d == m.Documents, $"documents {d}:\n{Describe()}");
            if (e.Outlets is { } o) Assert.True(o == m.Outlets, $"outlets {o}:\n{Describe()}");
            if (e.Source is not null) Assert.True(e.Source == m.Representative.SourceId, $"source {e.Source}:\n{Describe()}");
            if (e.Date is not null) Assert.True(e.Date == m.Representative.Date, $"date {e.Date}:\n{Describe()}");
            if (e.Conflicts is not null)
                Assert.True(e.Conflicts.Order().SequenceEqual(m.Conflicts.Select(c => c.Field + ":" + c.Kind).Order()),
                    $"conflicts [{string.Join(", ", e.Conflicts)}]:\n{Describe()}");
            Assert.All(m.Mentions, x => Assert.Equal(m.Id, x.MergedInto));
        }
    }

    [Fact]
    public void Merging_is_independent_of_input_order()
    {
        var mentions = SpecFiles.Load<SpecFile>(File).Cases.SelectMany(c => c.Mentions.Select(m => Record(m, c.Name))).ToList();
        static string Shape(IEnumerable<MergedEvent> events) =>
            string.Join("\n", events.Select(m => m.Id + "=" + Key(m.Mentions.Select(EventMerger.MentionKey))).Order());
        string forward = Shape(EventMerger.Merge(mentions));
        var reversed = Enumerable.Reverse(mentions).ToList();
        Assert.Equal(forward, Shape(EventMerger.Merge(reversed)));
    }

    private static string Key(IEnumerable<string> keys) => string.Join(",", keys.Order(StringComparer.Ordinal));

    private static EventRecord Record(SpecMention m) => Record(m, "");

    private static EventRecord Record(SpecMention m, string scope)
    {
        static (string? Id, string? Name) Actor(string? a) =>
            a is null ? (null, null) : a.StartsWith("name:", StringComparison.Ordinal) ? (null, a[5..]) : (a, a);
        var (sourceId, sourceName) = Actor(m.Source);
        var (targetId, targetName) = Actor(m.Target);
        int start = int.Parse(m.Id.AsSpan(1), CultureInfo.InvariantCulture) * 100;
        return new EventRecord(m.Id, "trigger", sourceId, sourceName, m.SourceCode, targetId, targetName, null, m.Cameo, "name " + m.Cameo,
            null, null, 0, 1, m.Date, null, m.From, m.Location, m.Country, m.Lat, m.Lon, m.Modality, 0.8, m.Symmetric,
            new EvidenceRef(scope + m.Doc, 0, start, start + 50, "sentence", null), m.Outlet, m.DocDate, m.PlaceId);
    }
}
