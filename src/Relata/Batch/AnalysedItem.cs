using Relata.Documents;
using Relata.Ingest;
using Relata.Pipeline;

namespace Relata.Batch;

/// <summary>One input after the pipeline: its analysis, or the one-line reason it failed ("{input}: {reason}").</summary>
public sealed record AnalysedItem(IngestItem Item, DocumentAnalysis? Analysis, string? Error);

/// <summary>
/// Runs the pipeline over a stream of inputs, in small batches (see <see cref="RelataPipeline.RunBatch"/>) on one
/// core or several, keeping input order and streaming (memory does not grow with the corpus). A document the pipeline
/// fails on becomes an error item.
/// </summary>
public static class PipelineRunner
{
    /// <summary>Documents per batch: enough for each stage's tables to stay warm, few enough to keep memory small.</summary>
    public const int DefaultBatchSize = 16;

    /// <summary>A batch also ends once it holds this many characters, so long documents go one or a few at a time.</summary>
    private const long BatchChars = 1 << 18;

    /// <param name="batchSize">Documents analysed together; 1 hands each document on as soon as it is read (live feeds).</param>
    public static IEnumerable<AnalysedItem> Analyse(
        this RelataPipeline pipeline, IEnumerable<IngestItem> items, int parallelism = 1, CancellationToken cancellation = default,
        int batchSize = DefaultBatchSize)
    {
        if (parallelism <= 1)
            return Batches(items.TakeWhile(_ => !cancellation.IsCancellationRequested), batchSize).SelectMany(b => Analyse(pipeline, b));
        return Batches(items, batchSize)
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(parallelism)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellation)
            .SelectMany(b => Analyse(pipeline, b));
    }

    private static IEnumerable<List<IngestItem>> Batches(IEnumerable<IngestItem> items, int batchSize)
    {
        var batch = new List<IngestItem>();
        long chars = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            if (!item.IsError) chars += item.Document.Text.Length;
            if (batch.Count < batchSize && chars < BatchChars) continue;
            yield return batch;
            batch = [];
            chars = 0;
        }
        if (batch.Count > 0) yield return batch;
    }

    private static AnalysedItem[] Analyse(RelataPipeline pipeline, List<IngestItem> batch)
    {
        var documents = new List<Document>(batch.Count);
        foreach (var item in batch)
            if (!item.IsError) documents.Add(item.Document);
        var results = pipeline.RunBatch(documents);
        var analysed = new AnalysedItem[batch.Count];
        int k = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (item.IsError)
            {
                analysed[i] = new AnalysedItem(item, null, item.Error.Message);
                continue;
            }
            var result = results[k++];
            analysed[i] = result.Error is null
                ? new AnalysedItem(item, result.Analysis, null)
                : new AnalysedItem(item, null, $"{item.Document.Source}: {FirstLine(result.Error.Message)}");
        }
        return analysed;
    }

    internal static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
