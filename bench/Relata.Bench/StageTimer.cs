using System.Diagnostics;
using Relata.Pipeline;

namespace Relata.Bench;

/// <summary>Wraps every stage of a pipeline to add up the time each one takes (single-threaded use).</summary>
public sealed class StageTimer
{
    private readonly Dictionary<string, TimeSpan> _totals = [];

    public RelataPipeline Wrap(RelataPipelineBuilder builder)
    {
        foreach (var stage in builder.Stages.ToList())
            builder.Replace(stage.Name, new Timed(stage, this));
        return builder.Build();
    }

    public IReadOnlyDictionary<string, TimeSpan> Totals => _totals;

    private sealed class Timed(IDocumentStage inner, StageTimer timer) : IDocumentStage
    {
        public string Name => inner.Name;

        public void Process(DocumentAnalysis analysis)
        {
            long start = Stopwatch.GetTimestamp();
            inner.Process(analysis);
            timer._totals[Name] = timer._totals.GetValueOrDefault(Name) + Stopwatch.GetElapsedTime(start);
        }
    }
}
