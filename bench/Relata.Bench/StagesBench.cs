using System.Globalization;
using System.Text;
using Relata.Batch;
using Relata.Bench.Corpus;
using Relata.Pipeline;

namespace Relata.Bench;

/// <summary>
/// A quick per-stage profile for iterating on speed: wall and thread-CPU milliseconds per MB of every default stage,
/// over a short synthetic corpus and over one long document made of the same kind of text (superlinear work
/// shows there). Prints only; the full `pipeline` suite writes docs/benchmarks.md.
/// </summary>
public sealed class StagesBench : IBenchSuite
{
    public string Name => "stages";

    public string Description => "quick per-stage ms/MB (wall and CPU); args: [--mb 5] [--long-mb 1] [--seed 7] [--loop N: profile mode] [--files DIR: your own .txt/.md texts, repeated to --mb] [--join N: N documents' texts as one, to see per-document costs] [--upto STAGE: drop the stages after it] [--batch N: documents per pipeline batch as the CLI runs them, 1 = one at a time]";

    public int Run(string[] args)
    {
        double mb = Arg(args, "--mb", 5), longMb = Arg(args, "--long-mb", 1);
        int seed = (int)Arg(args, "--seed", 7), loop = (int)Arg(args, "--loop", 0);
        string? files = StringArg(args, "--files");
        var docs = (files is null ? new SyntheticCorpus(seed).Documents((long)(mb * 1_000_000)) : RepeatedTexts.From(files, (long)(mb * 1_000_000))).ToList();
        int join = (int)Arg(args, "--join", 1);
        if (join > 1) docs = [.. docs.Chunk(join).Select(Joined)];
        long bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

        var timer = new CpuStageTimer();
        var builder = new RelataPipelineBuilder().UseDefaults();
        if (StringArg(args, "--upto") is { } upto && builder.Contains(upto))
            foreach (var later in builder.Stages.SkipWhile(x => x.Name != upto).Skip(1).ToList()) builder.Remove(later.Name);
        var timed = timer.Wrap(builder);
        int batch = (int)Arg(args, "--batch", PipelineRunner.DefaultBatchSize);
        RunAll(timed, docs, batch);
        timer.Reset();
        if (loop > 0)
        {
            for (int i = 0; i < loop; i++) RunAll(timed, docs, batch);
            Print($"loop x{loop}", timer, bytes * loop);
            return 0;
        }
        var pause = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        RunAll(timed, docs, batch);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2, pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / (bytes / 1e6):F1} ms/MB"));
        Print($"corpus {bytes / 1e6:F1} MB, {docs.Count} docs", timer, bytes);

        if (longMb > 0)
        {
            var text = new StringBuilder();
            foreach (var d in new SyntheticCorpus(seed: 9).Documents((long)(longMb * 1_000_000))) text.Append(d.Text);
            string s = text.ToString();
            var doc = new Relata.Documents.Document("synthetic-long", "synthetic://long", "txt", s,
                new Relata.Documents.DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 1) }, "long", "long");
            timer.Reset();
            timed.Run(doc);
            Print($"one long document {Encoding.UTF8.GetByteCount(s) / 1e6:F1} MB", timer, Encoding.UTF8.GetByteCount(s));
        }
        return 0;
    }

    /// <summary>The documents in batches, stage by stage within each, as <see cref="PipelineRunner"/> runs them.</summary>
    private static void RunAll(RelataPipeline pipeline, List<Relata.Documents.Document> docs, int batch)
    {
        if (batch <= 1) foreach (var d in docs) pipeline.Run(d);
        else foreach (var group in docs.Chunk(batch)) pipeline.RunBatch(group);
    }

    private static Relata.Documents.Document Joined(Relata.Documents.Document[] parts) =>
        parts[0] with { Text = string.Join("\n\n", parts.Select(p => p.Text)) };

    private static void Print(string title, CpuStageTimer timer, long bytes)
    {
        double perMb = bytes / 1e6;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{title}: wall ms/MB | cpu ms/MB | allocated MB per MB | gen1, gen2 collections in the stage");
        double wall = 0, cpu = 0, alloc = 0;
        foreach (var (name, (w, c, b)) in timer.Totals)
        {
            wall += w / 1e6 / perMb;
            cpu += c / 1e6 / perMb;
            alloc += b / 1e6 / perMb;
            var (gen1, gen2) = timer.Collections.GetValueOrDefault(name);
            Console.WriteLine(string.Create(inv, $"  {name,-14} {w / 1e6 / perMb,7:F1} {c / 1e6 / perMb,7:F1} {b / 1e6 / perMb,7:F1}   {gen1,3} {gen2,3}"));
        }
        Console.WriteLine(string.Create(inv, $"  {"total",-14} {wall,7:F1} {cpu,7:F1} {alloc,7:F1}   ({1000 / wall:F2} MB/s wall, {1000 / cpu:F2} MB/s cpu)"));
    }

    private static string? StringArg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Arg(string[] args, string name, double fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out double v) ? v : fallback;
    }
}
