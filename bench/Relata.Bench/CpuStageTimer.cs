using System.Diagnostics;
using Relata.Pipeline;

namespace Relata.Bench;

/// <summary>Adds up wall and thread-CPU nanoseconds and allocated bytes per stage (single-threaded use).</summary>
public sealed class CpuStageTimer
{
    private readonly Dictionary<string, (long Wall, long Cpu, long Bytes)> _totals = [];
    private readonly Dictionary<string, (int Gen1, int Gen2)> _collections = [];

    public RelataPipeline Wrap(RelataPipelineBuilder builder)
    {
        foreach (var stage in builder.Stages.ToList())
            builder.Replace(stage.Name, new Timed(stage, this));
        return builder.Build();
    }

    public IReadOnlyDictionary<string, (long Wall, long Cpu, long Bytes)> Totals => _totals;

    /// <summary>Gen1 and gen2 collections that started while each stage ran: on a long document one full collection of
    /// the whole analysis can land in any stage and look like superlinear work there.</summary>
    public IReadOnlyDictionary<string, (int Gen1, int Gen2)> Collections => _collections;

    public void Reset()
    {
        _totals.Clear();
        _collections.Clear();
    }

    private sealed class Timed(IDocumentStage inner, CpuStageTimer timer) : IDocumentStage
    {
        public string Name => inner.Name;

        public void Process(DocumentAnalysis analysis)
        {
            int gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            long start = Stopwatch.GetTimestamp(), cpu = ThreadCpu.Nanoseconds(), bytes = GC.GetAllocatedBytesForCurrentThread();
            inner.Process(analysis);
            long wall = (long)(Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6), used = ThreadCpu.Nanoseconds() - cpu;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            var (w, c, b) = timer._totals.GetValueOrDefault(Name);
            timer._totals[Name] = (w + wall, c + used, b + allocated);
            var (g1, g2) = timer._collections.GetValueOrDefault(Name);
            timer._collections[Name] = (g1 + GC.CollectionCount(1) - gen1 - (GC.CollectionCount(2) - gen2), g2 + GC.CollectionCount(2) - gen2);
        }
    }
}
