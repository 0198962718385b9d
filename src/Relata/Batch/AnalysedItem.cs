using Relata.Ingest;
using Relata.Pipeline;

namespace Relata.Batch;

/// <summary>One input after the pipeline: its analysis, or the one-line reason it failed ("{input}: {reason}").</summary>
public sealed record AnalysedItem(IngestItem Item, DocumentAnalysis? Analysis, string? Error);

/// <summary>
/// Runs the pipeline over a stream of inputs, one document at a time or on several cores, keeping input order
/// and streaming (memory does not grow with the corpus). A document the pipeline fails on becomes an error item.
/// </summary>
public static class PipelineRunner
{
    public static IEnumerable<AnalysedItem> Analyse(
        this RelataPipeline pipeline, IEnumerable<IngestItem> items, int parallelism = 1, CancellationToken cancellation = default)
    {
        if (parallelism <= 1)
            return items.TakeWhile(_ => !cancellation.IsCancellationRequested).Select(item => Analyse(pipeline, item));
        return items
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(parallelism)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellation)
            .Select(item => Analyse(pipeline, item));
    }

    private static AnalysedItem Analyse(RelataPipeline pipeline, IngestItem item)
    {
        if (item.IsError) return new AnalysedItem(item, null, item.Error.Message);
        try
        {
            return new AnalysedItem(item, pipeline.Run(item.Document), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new AnalysedItem(item, null, $"{item.Document.Source}: {FirstLine(e.Message)}");
        }
    }

    internal static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
