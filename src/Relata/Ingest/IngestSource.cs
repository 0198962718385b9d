using Relata.Ingest.Loading;

namespace Relata.Ingest;

/// <summary>
/// The entry point the CLI calls: turns arguments (files, directories, URLs, "-") into documents, lazily,
/// one input at a time. Each item is a document or an error whose message is "&lt;input&gt;: &lt;reason&gt;".
/// </summary>
public static class IngestSource
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> args, IngestOptions? options = null, DocumentReaders? readers = null)
    {
        options ??= IngestOptions.Default;
        readers ??= DocumentReaders.Default;
        return Read(new SourceLoader(options, readers.IsSupportedExtension).Load(args), readers);
    }

    public static IEnumerable<IngestItem> Read(IEnumerable<LoadedInput> inputs, DocumentReaders? readers = null)
    {
        readers ??= DocumentReaders.Default;
        foreach (var loaded in inputs)
        {
            if (loaded.Error is not null)
            {
                yield return IngestItem.Failed(loaded.Error);
                continue;
            }
            foreach (var item in ReadOne(loaded.Input!, readers))
                yield return item;
        }
    }

    private static Documents.Document WithModified(Documents.Document document, SourceInput input) =>
        input.Modified is { } modified && document.Metadata.SourceModified is null
            ? document with { Metadata = document.Metadata with { SourceModified = DateOnly.FromDateTime(modified.UtcDateTime) } }
            : document;

    /// <summary>Reads one input's bytes; never throws for bad content.</summary>
    public static IReadOnlyList<IngestItem> ReadOne(SourceInput input, DocumentReaders? readers = null)
    {
        readers ??= DocumentReaders.Default;
        try
        {
            var result = readers.Read(input);
            return [.. result.Documents.Select(d => IngestItem.Of(WithModified(d, input))), .. result.Errors.Select(IngestItem.Failed)];
        }
        catch (InputException e)
        {
            return [IngestItem.Failed(e)];
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // A reader bug or a parser crash on hostile input must not stop the other inputs.
            return [IngestItem.Failed(new InputException(input.Name, $"unreadable: {e.GetType().Name}: {e.Message}", e))];
        }
    }
}
