using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store;

namespace Relata.Batch;

/// <summary>What happened to one batch item.</summary>
public sealed record BatchEvent(IngestItem Item, SaveResult? Saved, string? Error);

public sealed record BatchSummary(int Added, int NewVersions, int Unchanged, int Duplicates, int Failed, IReadOnlyList<string> Errors)
{
    public int Total => Added + NewVersions + Unchanged + Duplicates + Failed;
}

/// <summary>
/// Runs the pipeline over a stream of inputs and stores each document in its own transaction.
/// A failing input is reported and skipped; cancellation stops between documents, never inside one.
/// </summary>
public sealed class BatchIngestor(RelataPipeline pipeline, IRelataStore store)
{
    /// <param name="parallelism">How many batches the pipeline analyses at once; storing stays sequential.</param>
    /// <param name="batchSize">Documents analysed together (see <see cref="PipelineRunner.Analyse"/>).</param>
    public BatchSummary Run(IEnumerable<IngestItem> items, Action<BatchEvent>? progress = null, CancellationToken cancellation = default,
        int parallelism = 1, int batchSize = PipelineRunner.DefaultBatchSize)
    {
        int added = 0, versions = 0, unchanged = 0, duplicates = 0;
        var errors = new List<string>();
        void Fail(IngestItem item, string error)
        {
            errors.Add(error);
            progress?.Invoke(new BatchEvent(item, null, error));
        }
        try
        {
            foreach (var analysed in pipeline.Analyse(items, parallelism, cancellation, batchSize))
            {
                if (cancellation.IsCancellationRequested) break;
                if (analysed.Analysis is not { } analysis) { Fail(analysed.Item, analysed.Error!); continue; }
                SaveResult saved;
                try { saved = store.Save(analysis); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Fail(analysed.Item, $"{analysis.Document.Source}: {PipelineRunner.FirstLine(e.Message)}");
                    continue;
                }
                switch (saved.Outcome)
                {
                    case SaveOutcome.Added: added++; break;
                    case SaveOutcome.NewVersion: versions++; break;
                    case SaveOutcome.Unchanged: unchanged++; break;
                    case SaveOutcome.Duplicate: duplicates++; break;
                }
                progress?.Invoke(new BatchEvent(analysed.Item, saved, null));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped between documents: everything saved so far is whole.
        }
        return new BatchSummary(added, versions, unchanged, duplicates, errors.Count, errors);
    }
}
