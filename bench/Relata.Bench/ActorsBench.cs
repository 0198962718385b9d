using System.Globalization;
using System.Text;
using Relata.Actors;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Bench;

/// <summary>
/// Actor linking throughput on ~5 MB of synthetic news-like text (documents of ~8 KB), against a
/// segmentation-only baseline measured in the same run.
/// </summary>
public sealed class ActorsBench : IBenchSuite
{
    public string Name => "actors";
    public string Description => "actor linking throughput vs segmentation-only (synthetic ~5 MB)";

    public int Run(string[] args)
    {
        int megabytes = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out int mb) ? mb : 5;
        bool candidates = !args.Contains("--no-candidates");
        bool write = !args.Contains("--no-write");
        var (kb, kbName) = KnowledgeBase();
        var docs = Generate(kb, megabytes * 1_000_000);
        long chars = docs.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"{docs.Count} documents, {chars / 1e6:F1} M chars, KB: {kbName}");

        var baseline = new RelataPipelineBuilder().UseSegmentation().Build();
        var linking = new RelataPipelineBuilder().UseSegmentation().UseActors(kb, new ActorLinkingOptions { Candidates = candidates }).Build();
        int mentions = 0;
        // The machine is shared: report process CPU time (medians) as well as wall time.
        double segCpu = 0, allCpu = 0;
        double segSeconds = BenchReport.MedianSeconds(5, () => segCpu = Cpu(() => { foreach (var d in docs) baseline.Run(d); }));
        double allSeconds = BenchReport.MedianSeconds(5, () => allCpu = Cpu(() =>
        {
            int n = 0;
            foreach (var d in docs) n += linking.Run(d).Mentions.Count;
            mentions = n;
        }));
        double mbps(double s) => chars / 1e6 / s;
        double linkOnly = Math.Max(allSeconds - segSeconds, 1e-9);
        var md = new StringBuilder();
        md.AppendLine("### Actor linking (`actors`)");
        md.AppendLine();
        md.AppendLine($"Synthetic corpus: {docs.Count} documents, {chars / 1e6:F1} M characters, {mentions:N0} mentions; KB: {kbName}. Median of 5 runs, one thread, Release.");
        md.AppendLine();
        md.AppendLine("| pipeline | seconds | MB/s | ratio |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine($"| segmentation only (baseline) | {segSeconds:F3} | {mbps(segSeconds):F1} | 1.00 |");
        md.AppendLine($"| segmentation + actors | {allSeconds:F3} | {mbps(allSeconds):F1} | {allSeconds / segSeconds:F2} |");
        md.AppendLine($"| actors stage alone (difference) | {linkOnly:F3} | {mbps(linkOnly):F1} | |");
        md.AppendLine();
        md.AppendLine($"Linking 1 MB takes about {linkOnly / (chars / 1e6) * 1000:F0} ms wall time on one thread (target: well under 1 s); "
            + $"CPU time of the last run: {segCpu:F3} s baseline, {allCpu:F3} s with actors ({(allCpu - segCpu) / (chars / 1e6) * 1000:F0} ms per MB for the stage). "
            + $"Load average during the run: {LoadAverage()}.");
        Console.WriteLine(md.ToString());
        if (write) BenchReport.WriteSection("actors", md.ToString());
        return 0;
    }

    private static double Cpu(Action action)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    private static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a"; }
        catch (IOException) { return "n/a"; }
    }

    private static (ActorKnowledgeBase Kb, string Name) KnowledgeBase()
    {
        var bundled = ActorKnowledgeBase.LoadBundled();
        if (bundled.Count >= 100) return (bundled, $"bundled ({bundled.Count} actors)");
        string fixtures = Path.Combine(BenchReport.RepoRoot(), "tests", "Relata.Tests", "Actors", "Fixtures");
        var files = Directory.GetFiles(fixtures, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), (TextReader)new StringReader(File.ReadAllText(f))));
        var kb = ActorKnowledgeBase.Load(files, includeBundledActors: true);
        return (kb, $"bundled + test fixtures ({kb.Count} actors)");
    }

    private static readonly string[] Templates =
    [
        "{S} and {S} signed an agreement on transit trade on {D}.",
        "{A} officials said the talks in {C} had been constructive.",
        "Foreign Minister {P} told reporters that {S} would not change course.",
        "{C} rejected the claim, and {A} companies suspended shipments.",
        "Delegates travelled to {C} for a meeting of the {O}.",
        "{P}, who met counterparts from {S}, said the {O} should play a larger role.",
        "The minister of trade, Karim Nazarov, announced new tariffs for {A} exporters.",
        "According to analysts at the Regional Policy Institute, {A} forces moved closer to the border.",
        "Prices of flour rose by 12 percent in the second quarter, local traders said.",
        "{S}'s special envoy, {P}, warned that the situation remained fragile.",
        "Observers in {C} noted that the {O} had not issued a statement.",
        "The government of {S} said it would publish the figures next month.",
    ];

    private static List<Document> Generate(ActorKnowledgeBase kb, int targetChars)
    {
        var rng = new Random(42);
        var states = kb.Actors.Where(a => a.Type == ActorType.State).ToList();
        var adjectives = states.SelectMany(s => s.Adjectives).ToList();
        var capitals = states.Where(s => s.Capital is not null).Select(s => s.Capital!).ToList();
        var people = kb.Actors.Where(a => a.Type == ActorType.Person).Select(a => a.Name).ToList();
        var orgs = kb.Actors.Where(a => a.Type == ActorType.Organisation).Select(a => a.Acronyms.FirstOrDefault() ?? a.Name).ToList();
        string Pick(List<string> list, string fallback) => list.Count == 0 ? fallback : list[rng.Next(list.Count)];
        var docs = new List<Document>();
        int total = 0;
        var sb = new StringBuilder();
        while (total < targetChars)
        {
            sb.Clear();
            while (sb.Length < 8_000)
            {
                for (int s = 0; s < 5; s++)
                {
                    string t = Templates[rng.Next(Templates.Length)];
                    t = t.Replace("{D}", $"{rng.Next(1, 28)} March 2024");
                    while (t.Contains("{S}")) t = ReplaceFirst(t, "{S}", Pick(states.Select(x => x.Name).ToList(), "Russia"));
                    while (t.Contains("{A}")) t = ReplaceFirst(t, "{A}", Pick(adjectives, "Russian"));
                    while (t.Contains("{C}")) t = ReplaceFirst(t, "{C}", Pick(capitals, "Moscow"));
                    while (t.Contains("{P}")) t = ReplaceFirst(t, "{P}", Pick(people, "Sergey Lavrov"));
                    while (t.Contains("{O}")) t = ReplaceFirst(t, "{O}", Pick(orgs, "SCO"));
                    sb.Append(t).Append(' ');
                }
                sb.Append("\n\n");
            }
            string text = sb.ToString();
            total += text.Length;
            docs.Add(new Document($"d{docs.Count}", "bench", "txt", text,
                DocumentMetadata.Empty with { PublishedDate = new DateOnly(2024, 3, 30) }, "h", "h"));
        }
        return docs;
    }

    private static string ReplaceFirst(string s, string what, string with)
    {
        int i = s.IndexOf(what, StringComparison.Ordinal);
        return s[..i] + with + s[(i + what.Length)..];
    }
}
