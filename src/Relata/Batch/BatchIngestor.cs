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
    public BatchSummary Run(IEnumerable<IngestItem> items, Action<BatchEvent>? progress = null, CancellationToken cancellation = default)
    {
        int added = 0, versions = 0, unchanged = 0, duplicates = 0;
        var errors = new List<string>();
        foreach (var item in items)
        {
            if (cancellation.IsCancellationRequested) break;
            if (item.IsError)
            {
                errors.Add(item.Error.Message);
                progress?.Invoke(new BatchEvent(item, null, item.Error.Message));
                continue;
            }
            var document = item.Document;
            SaveResult saved;
            try
            {
                saved = store.Save(pipeline.Run(document));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                string error = $"{document.Source}: {FirstLine(e.Message)}";
                errors.Add(error);
                progress?.Invoke(new BatchEvent(item, null, error));
                continue;
            }
            switch (saved.Outcome)
            {
                case SaveOutcome.Added: added++; break;
                case SaveOutcome.NewVersion: versions++; break;
                case SaveOutcome.Unchanged: unchanged++; break;
                case SaveOutcome.Duplicate: duplicates++; break;
            }
            progress?.Invoke(new BatchEvent(item, saved, null));
        }
        return new BatchSummary(added, versions, unchanged, duplicates, errors.Count, errors);
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
