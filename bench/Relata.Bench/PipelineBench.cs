using System.Diagnostics;
using System.Globalization;
using System.Text;
using Relata.Batch;
using Relata.Bench.Corpus;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Bench;

/// <summary>
/// The whole extraction pipeline over a streamed synthetic corpus (default 200 MB). Throughput is the median over
/// fixed-size chunks, against a segmentation-only baseline measured on the same chunks in the same run, so a noisy
/// machine shifts both. Peak managed heap is sampled per chunk and compared between the first and last quarter of
/// the corpus: it must not grow with corpus size.
/// </summary>
public sealed class PipelineBench : IBenchSuite
{
    public string Name => "pipeline";

    public string Description => "whole pipeline MB/s per core and with --parallel, peak memory; args: [--mb 200] [--chunk-mb 10] [--warmup-mb 5] [--no-write]";

    public int Run(string[] args)
    {
        int totalMb = Arg(args, "--mb", 200), chunkMb = Arg(args, "--chunk-mb", 10);
        string loadBefore = LoadAverage();
        var full = DefaultPipeline.Create();
        var baseline = new RelataPipelineBuilder().UseSegmentation().Build();
        // Warm-up on other text until the JIT has tiered the hot code (a few MB), so the chunks measure steady state;
        // the end-to-end row below still counts the first chunk.
        var warmUp = Stopwatch.StartNew();
        var warmUpDocs = new SyntheticCorpus(seed: 1).Documents(Arg(args, "--warmup-mb", 5) * 1_000_000L).ToList();
        RunAll(full, warmUpDocs);
        RunAll(baseline, warmUpDocs);
        foreach (var doc in warmUpDocs.Take(200)) full.Run(doc);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmUp.Elapsed.TotalSeconds:F1} s"));

        var rows = new List<Row>();
        var chunk = new List<Relata.Documents.Document>();
        long chunkBytes = 0, limit = chunkMb * 1_000_000L;
        foreach (var doc in new SyntheticCorpus().Documents(totalMb * 1_000_000L))
        {
            chunk.Add(doc);
            chunkBytes += Encoding.UTF8.GetByteCount(doc.Text);
            if (chunkBytes < limit) continue;
            rows.Add(Measure(chunk, chunkBytes, baseline, full));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"chunk {rows.Count}: {rows[^1].Full:F1} MB/s one core ({rows[^1].FullCpu:F1} by CPU time), {rows[^1].Parallel:F1} MB/s parallel on {rows[^1].ParallelCores:F1} cores; heap {rows[^1].Heap / 1e6:F0} MB peak, {rows[^1].Live / 1e6:F0} MB live"));
            chunk.Clear();
            chunkBytes = 0;
        }
        if (chunk.Count > 0 && (rows.Count == 0 || chunkBytes >= limit / 2)) rows.Add(Measure(chunk, chunkBytes, baseline, full));

        var timer = new CpuStageTimer();
        var timed = timer.Wrap(new RelataPipelineBuilder().UseDefaults());
        long sampleBytes = 0;
        var sample = new SyntheticCorpus(seed: 7).Documents(Math.Min(totalMb, 10) * 1_000_000L).ToList();
        RunAll(timed, sample);
        foreach (var doc in sample) sampleBytes += Encoding.UTF8.GetByteCount(doc.Text);
        double sampleMb = sampleBytes / 1e6;
        string stageRows = string.Join("\n", timer.Totals.Select(kv => string.Create(CultureInfo.InvariantCulture,
            $"| {kv.Key} | {kv.Value.Wall / 1e6 / sampleMb:F0} | {kv.Value.Cpu / 1e6 / sampleMb:F0} |")));
        double stageWall = timer.Totals.Values.Sum(v => v.Wall) / 1e6 / sampleMb, stageCpu = timer.Totals.Values.Sum(v => v.Cpu) / 1e6 / sampleMb;

        // One long document: per-document work that grows faster than the text (scans of all mentions or claims
        // per sentence) shows here, not in the corpus of short reports.
        var longText = new StringBuilder();
        foreach (var doc in new SyntheticCorpus(seed: 9).Documents(2_000_000)) longText.Append(doc.Text);
        string longString = longText.ToString();
        var longDoc = new Relata.Documents.Document("synthetic-long", "synthetic://long", "txt", longString,
            new Relata.Documents.DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 1) }, "long", "long");
        double longMbs = Encoding.UTF8.GetByteCount(longString) / 1e6 / BenchReport.MedianSeconds(3, () => full.Run(longDoc));

        // Real reporting, for scale: the synthetic corpus packs several times the dates, figures, claims and events per
        // character of real articles, so it is the harder test. Repeated texts warm caches, so these are bounds.
        var realRows = new List<string>();
        foreach (var (label, dir) in RealTextFolders())
        {
            var docs = RepeatedTexts.From(dir, 5_000_000).ToList();
            double mb = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
            double seconds = BenchReport.MedianSeconds(3, () => RunAll(full, docs));
            realRows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| whole pipeline, one core, {label} repeated to {mb:F0} MB (median of 3) | {mb / seconds:F1} | {mb / seconds / Median(r => r.Baseline):F2} | |"));
        }

        double Median(Func<Row, double> f)
        {
            var v = rows.Select(f).Order().ToArray();
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
        int quarter = Math.Max(1, rows.Count / 4);
        double heapFirst = rows.Take(quarter).Max(r => r.Heap) / 1e6, heapLast = rows.TakeLast(quarter).Max(r => r.Heap) / 1e6;
        double liveFirst = rows.Take(quarter).Max(r => r.Live) / 1e6, liveLast = rows.TakeLast(quarter).Max(r => r.Live) / 1e6;
        double baseMbs = Median(r => r.Baseline), fullMbs = Median(r => r.Full), parMbs = Median(r => r.Parallel), singleMbs = Median(r => r.Single);
        double endToEnd = rows.Sum(r => r.Mb) / rows.Sum(r => r.Mb / r.Full);
        double baseCpu = Median(r => r.BaselineCpu), fullCpu = Median(r => r.FullCpu), parCores = Median(r => r.ParallelCores);
        var inv = CultureInfo.InvariantCulture;
        string report = string.Create(inv, $"""
            ### Whole pipeline (`pipeline`)

            Synthetic corpus: {rows.Sum(r => r.Mb):F0} MB of UTF-8 text from `bench/Relata.Bench/Corpus/SyntheticCorpus.cs` (actor names from the
            bundled knowledge base), streamed in {rows.Count} chunks of {chunkMb} MB. Stages: {string.Join(", ", full.Stages.Select(x => x.Name))}.
            Figures are medians over the chunks, after a {Arg(args, "--warmup-mb", 5)} MB warm-up on other synthetic text; the baseline is measured on
            the same chunks in the same run. Documents go through `PipelineRunner.Analyse`, as `relata ingest` and `relata extract` run them:
            in batches of {PipelineRunner.DefaultBatchSize}, each stage over the whole batch before the next stage.

            | run | median MB/s (wall) | ratio to baseline | median MB/s (CPU time) |
            |---|---:|---:|---:|
            | segmentation only (baseline), one core | {baseMbs:F1} | 1.00 | {baseCpu:F1} |
            | whole pipeline, one core | {fullMbs:F1} | {fullMbs / baseMbs:F2} | {fullCpu:F1} |
            | whole pipeline, one core, all {rows.Sum(r => r.Mb):F0} MB end to end (total time, not a median) | {endToEnd:F1} | {endToEnd / baseMbs:F2} | |
            | whole pipeline, one core, one document at a time instead of in batches of {PipelineRunner.DefaultBatchSize} | {singleMbs:F1} | {singleMbs / baseMbs:F2} | |
            | whole pipeline, `--parallel` ({Environment.ProcessorCount} cores; {parCores:F1} cores busy on median) | {parMbs:F1} | {parMbs / baseMbs:F2} | |
            | whole pipeline, one core, a single 2 MB document (median of 3) | {longMbs:F1} | {longMbs / baseMbs:F2} | |
            {string.Join("\n", realRows)}

            Time per MB by stage (one core, {sampleMb:F0} MB sample; CPU is the thread's own CPU time, steadier on a shared machine):

            | stage | wall ms per MB | CPU ms per MB |
            |---|---:|---:|
            {stageRows}
            | **total** | **{stageWall:F0}** | **{stageCpu:F0}** |

            Target: ≥ 5 MB/s per core for the whole pipeline (≤ 200 ms per MB). Memory must not grow with corpus size: live managed heap after a
            forced full collection at the end of each chunk, at most {liveFirst:F0} MB in the first quarter of the corpus and {liveLast:F0} MB in the last
            (peak heap seen between collections, which moves with GC timing: {heapFirst:F0} MB and {heapLast:F0} MB); process peak working set
            {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB. Load average (1 min) at the start: {loadBefore}, at the end: {LoadAverage()}
            (other processes shared the {Environment.ProcessorCount} cores; the CPU-time figures discount waiting for a core).
            """);
        Console.WriteLine(report);
        if (!args.Contains("--no-write")) BenchReport.WriteSection("pipeline", report);
        return 0;
    }

    /// <param name="Heap">Peak managed heap seen around the chunk (includes garbage not yet collected: moves with GC timing).</param>
    /// <param name="Live">Managed heap after a forced full collection at the end of the chunk: what the process really keeps.</param>
    /// <param name="Single">The whole pipeline one document at a time (<see cref="RelataPipeline.Run"/>), not in batches.</param>
    private sealed record Row(double Mb, double Baseline, double BaselineCpu, double Full, double FullCpu, double Single, double Parallel, double ParallelCores, long Heap, long Live);

    /// <summary>The documents as the CLI analyses them: through <see cref="PipelineRunner"/>, in batches, one core.</summary>
    private static void RunAll(RelataPipeline pipeline, IEnumerable<Relata.Documents.Document> documents)
    {
        foreach (var analysed in pipeline.Analyse(documents.Select(IngestItem.Of)))
            if (analysed.Error is not null) throw new InvalidOperationException(analysed.Error);
    }

    private static Row Measure(List<Relata.Documents.Document> chunk, long bytes, RelataPipeline baseline, RelataPipeline full)
    {
        double mb = bytes / 1e6;
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu) Time(Action a)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            a();
            double wall = sw.Elapsed.TotalSeconds;
            process.Refresh();
            return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        var b = Time(() => RunAll(baseline, chunk));
        long heap = 0;
        var f = Time(() =>
        {
            RunAll(full, chunk);
            heap = GC.GetTotalMemory(false);
        });
        var single = Time(() => { foreach (var d in chunk) full.Run(d); });
        var p = Time(() =>
        {
            foreach (var _ in full.Analyse(chunk.Select(IngestItem.Of), Environment.ProcessorCount)) { }
        });
        long peak = Math.Max(heap, GC.GetGCMemoryInfo().HeapSizeBytes);
        // Outside the timed runs: a full, compacting collection shows what stays alive between documents.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        long live = GC.GetTotalMemory(forceFullCollection: true);
        return new Row(mb, mb / b.Wall, mb / b.Cpu, mb / f.Wall, mb / f.Cpu, mb / single.Wall, mb / p.Wall, p.Cpu / p.Wall, peak, live);
    }

    /// <summary>The bundled demo corpus, and the seed articles when the checkout sits next to them (they are not bundled).</summary>
    private static IEnumerable<(string Label, string Dir)> RealTextFolders()
    {
        string root = BenchReport.RepoRoot();
        yield return ("the bundled demo corpus (`data/demo`, 10 articles of our own)", Path.Combine(root, "data", "demo"));
        string seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (Directory.Exists(seeds)) yield return ("the five seed articles (`../shared/seeds`)", seeds);
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int v) ? v : fallback;
    }

    private static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a"; }
        catch (IOException) { return "n/a"; }
    }
}
