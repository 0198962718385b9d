using Relata.Actors;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Tests.Actors;

/// <summary>The fixture knowledge base (tests/Relata.Tests/Actors/Fixtures) and a pipeline that uses it.</summary>
internal static class ActorFixtures
{
    private static readonly Lazy<ActorKnowledgeBase> LazyKb = new(() => ActorKnowledgeBase.Load(FixtureFiles(), includeBundledActors: false));

    public static ActorKnowledgeBase Kb => LazyKb.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repo root not found");
    }

    public static string Folder(string name) => Path.Combine(RepoRoot(), "tests", "Relata.Tests", "Actors", name);

    public static IEnumerable<(string, TextReader)> FixtureFiles() =>
        Directory.GetFiles(Folder("Fixtures"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), (TextReader)new StringReader(File.ReadAllText(f))));

    public static DocumentAnalysis Analyse(string text, string? date = null, ActorKnowledgeBase? kb = null, ActorLinkingOptions? options = null)
    {
        var metadata = DocumentMetadata.Empty with { PublishedDate = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        var doc = new Document("test", "mem", "txt", text, metadata, "h", "h");
        return new RelataPipelineBuilder().UseSegmentation().UseActors(kb ?? Kb, options).Build().Run(doc);
    }

    public static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
