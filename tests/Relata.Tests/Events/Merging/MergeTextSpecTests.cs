using System.Globalization;
using Relata.Documents;
using Relata.Events.Merging;
using Relata.Export;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Events.Merging;

/// <summary>Runs tests/Relata.Tests/Events/Merging/Specs/texts.yaml: documents through the default pipeline, then the merger.</summary>
public sealed class MergeTextSpecTests
{
    private static readonly Lazy<RelataPipeline> Pipeline = new(() => DefaultPipeline.Create());

    public sealed class SpecFile { public List<SpecCase> Cases { get; set; } = []; }

    public sealed class SpecCase
    {
        public string Name { get; set; } = "";
        public List<SpecDocument> Documents { get; set; } = [];
        public List<ExpectedEvent> Expect { get; set; } = [];
    }

    public sealed class SpecDocument
    {
        public string Id { get; set; } = "";
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public string Text { get; set; } = "";
    }

    public sealed class ExpectedEvent
    {
        public string Code { get; set; } = "";
        public string? Source { get; set; }
        public string? Target { get; set; }
        public int? Mentions { get; set; }
        public int? Documents { get; set; }
        public int? Outlets { get; set; }
        public string? Date { get; set; }
        public List<string>? Conflicts { get; set; }
    }

    private static string File => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Events", "Merging", "Specs", "texts.yaml");

    public static TheoryData<string> Cases() => SpecFiles.CaseNames<SpecFile>(File, f => f.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_in_text_merge_as_specified(string name)
    {
        var spec = SpecFiles.Load<SpecFile>(File).Cases.Single(c => c.Name == name);
        var records = spec.Documents.SelectMany(d =>
        {
            var metadata = new DocumentMetadata
            {
                Outlet = d.Outlet,
                PublishedDate = d.Published is null ? null : DateOnly.ParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var extract = ExtractMapper.Map(Pipeline.Value.Run(TestDocuments.Text(d.Id, d.Text, metadata)));
            return extract.Events.Select(e => ExtractEventMerging.ToRecord(e, extract.Id, null, extract.Metadata.Outlet, extract.Date?.Value));
        }).ToList();
        var merged = EventMerger.Merge(records);
        string Describe() => string.Join("\n", merged.Select(m =>
            $"{m.Representative.SourceId ?? m.Representative.SourceName} {m.Representative.Cameo} {m.Representative.TargetId ?? m.Representative.TargetName} " +
            $"{m.Representative.Date} reports={m.Mentions.Count} docs={m.Documents} outlets={m.Outlets} " +
            $"[{string.Join(", ", m.Conflicts.Select(c => c.Field + ":" + c.Kind))}]"));
        foreach (var e in spec.Expect)
        {
            var found = merged.Where(m => m.Representative.Cameo.StartsWith(e.Code, StringComparison.Ordinal)
                                          && (e.Source is null || m.Representative.SourceId == e.Source)
                                          && (e.Target is null || m.Representative.TargetId == e.Target)
                                          && (e.Date is null || m.Representative.Date == e.Date)).ToList();
            Assert.True(found.Count == 1, $"expected one {e.Code} {e.Source}→{e.Target} {e.Date}, got:\n{Describe()}");
            var m = found[0];
            if (e.Mentions is { } n) Assert.True(n == m.Mentions.Count, $"reports {n}:\n{Describe()}");
            if (e.Documents is { } d) Assert.True(d == m.Documents, $"documents {d}:\n{Describe()}");
            if (e.Outlets is { } o) Assert.True(o == m.Outlets, $"outlets {o}:\n{Describe()}");
            if (e.Conflicts is not null)
                Assert.True(e.Conflicts.Order().SequenceEqual(m.Conflicts.Select(c => c.Field + ":" + c.Kind).Order()), $"conflicts:\n{Describe()}");
        }
    }
}
