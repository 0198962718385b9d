using System.Diagnostics;
using Relata.Pipeline;

namespace Relata.Bench;

/// <summary>Adds up wall and thread-CPU nanoseconds and allocated bytes per stage (single-threaded use).</summary>
public sealed class CpuStageTimer
{
    private readonly Dictionary<string, (long Wall, long Cpu, long Bytes)> _totals = [];

    public RelataPipeline Wrap(RelataPipelineBuilder builder)
    {
        foreach (var stage in builder.Stages.ToList())
            builder.Replace(stage.Name, new Timed(stage, this));
        return builder.Build();
    }

    public IReadOnlyDictionary<string, (long Wall, long Cpu, long Bytes)> Totals => _totals;

    public void Reset() => _totals.Clear();

    private sealed class Timed(IDocumentStage inner, CpuStageTimer timer) : IDocumentStage
    {
        public string Name => inner.Name;

        public void Process(DocumentAnalysis analysis)
        {
            long start = Stopwatch.GetTimestamp(), cpu = ThreadCpu.Nanoseconds(), bytes = GC.GetAllocatedBytesForCurrentThread();
            inner.Process(analysis);
            long wall = (long)(Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6), used = ThreadCpu.Nanoseconds() - cpu;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            var (w, c, b) = timer._totals.GetValueOrDefault(Name);
            timer._totals[Name] = (w + wall, c + used, b + allocated);
        }
    }
}
