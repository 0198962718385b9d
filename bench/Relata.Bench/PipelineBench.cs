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

    public string Description => "whole pipeline MB/s per core and with --parallel, peak memory; args: [--mb 200] [--chunk-mb 10]";

    public int Run(string[] args)
    {
        int totalMb = Arg(args, "--mb", 200), chunkMb = Arg(args, "--chunk-mb", 10);
        var full = DefaultPipeline.Create();
        var baseline = new RelataPipelineBuilder().UseSegmentation().Build();
        full.Run(new SyntheticCorpus(seed: 1).Documents(200_000).First());

        var rows = new List<(double Mb, double Baseline, double Full, double Parallel, long Heap)>();
        var chunk = new List<Relata.Documents.Document>();
        long chunkBytes = 0, limit = chunkMb * 1_000_000L;
        foreach (var doc in new SyntheticCorpus().Documents(totalMb * 1_000_000L))
        {
            chunk.Add(doc);
            chunkBytes += Encoding.UTF8.GetByteCount(doc.Text);
            if (chunkBytes < limit) continue;
            rows.Add(Measure(chunk, chunkBytes, baseline, full));
            Console.Error.WriteLine($"chunk {rows.Count}: {rows[^1].Full:F1} MB/s one core, {rows[^1].Parallel:F1} MB/s parallel");
            chunk.Clear();
            chunkBytes = 0;
        }
        if (chunk.Count > 0) rows.Add(Measure(chunk, chunkBytes, baseline, full));

        var timer = new StageTimer();
        var timed = timer.Wrap(new RelataPipelineBuilder().UseDefaults());
        long sampleBytes = 0;
        foreach (var doc in new SyntheticCorpus(seed: 7).Documents(Math.Min(totalMb, 10) * 1_000_000L))
        {
            timed.Run(doc);
            sampleBytes += Encoding.UTF8.GetByteCount(doc.Text);
        }
        string stageRows = string.Join("\n", timer.Totals.Select(kv =>
            string.Create(CultureInfo.InvariantCulture, $"| {kv.Key} | {kv.Value.TotalMilliseconds / (sampleBytes / 1e6):F0} |")));

        // One long document: per-document work that grows faster than the text (scans of all mentions or claims
        // per sentence) shows here, not in the corpus of short reports.
        var longText = new StringBuilder();
        foreach (var doc in new SyntheticCorpus(seed: 9).Documents(2_000_000)) longText.Append(doc.Text);
        string longString = longText.ToString();
        var longDoc = new Relata.Documents.Document("synthetic-long", "synthetic://long", "txt", longString,
            new Relata.Documents.DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 1) }, "long", "long");
        double longMbs = Encoding.UTF8.GetByteCount(longString) / 1e6 / BenchReport.MedianSeconds(3, () => full.Run(longDoc));

        double Median(Func<(double Mb, double Baseline, double Full, double Parallel, long Heap), double> f)
        {
            var v = rows.Select(f).Order().ToArray();
            return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }
        int quarter = Math.Max(1, rows.Count / 4);
        double heapFirst = rows.Take(quarter).Max(r => r.Heap) / 1e6, heapLast = rows.TakeLast(quarter).Max(r => r.Heap) / 1e6;
        double baseMbs = Median(r => r.Baseline), fullMbs = Median(r => r.Full), parMbs = Median(r => r.Parallel);
        var inv = CultureInfo.InvariantCulture;
        string report = string.Create(inv, $"""
            ### Whole pipeline (`pipeline`)

            Synthetic corpus: {rows.Sum(r => r.Mb):F0} MB of UTF-8 text from `bench/Relata.Bench/Corpus/SyntheticCorpus.cs` (actor names from the
            bundled knowledge base), streamed in {rows.Count} chunks of {chunkMb} MB. Stages: {string.Join(", ", full.Stages.Select(x => x.Name))}.
            Figures are medians over the chunks; the baseline is measured on the same chunks in the same run.

            | run | median MB/s | ratio to baseline |
            |---|---:|---:|
            | segmentation only (baseline), one core | {baseMbs:F1} | 1.00 |
            | whole pipeline, one core | {fullMbs:F1} | {fullMbs / baseMbs:F2} |
            | whole pipeline, `--parallel` ({Environment.ProcessorCount} cores) | {parMbs:F1} | {parMbs / baseMbs:F2} |
            | whole pipeline, one core, a single 2 MB document (median of 3) | {longMbs:F1} | {longMbs / baseMbs:F2} |

            Time per MB by stage (one core, {sampleBytes / 1e6:F0} MB sample):

            | stage | ms per MB |
            |---|---:|
            {stageRows}

            Target: ≥ 5 MB/s per core for the whole pipeline. Peak managed heap: {heapFirst:F0} MB in the first quarter of the corpus,
            {heapLast:F0} MB in the last quarter (memory must not grow with corpus size); process peak working set
            {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB. Load average at the end: {LoadAverage()}.
            """);
        Console.WriteLine(report);
        BenchReport.WriteSection("pipeline", report);
        return 0;
    }

    private static (double Mb, double Baseline, double Full, double Parallel, long Heap) Measure(
        List<Relata.Documents.Document> chunk, long bytes, RelataPipeline baseline, RelataPipeline full)
    {
        double mb = bytes / 1e6;
        double Time(Action a) { var sw = Stopwatch.StartNew(); a(); return sw.Elapsed.TotalSeconds; }
        double b = Time(() => { foreach (var d in chunk) baseline.Run(d); });
        long heap = 0;
        double f = Time(() =>
        {
            foreach (var d in chunk) full.Run(d);
            heap = GC.GetTotalMemory(false);
        });
        double p = Time(() =>
        {
            foreach (var _ in full.Analyse(chunk.Select(IngestItem.Of), Environment.ProcessorCount)) { }
        });
        return (mb, mb / b, mb / f, mb / p, Math.Max(heap, GC.GetGCMemoryInfo().HeapSizeBytes));
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
