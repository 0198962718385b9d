namespace Relata.Ingest.Loading;

/// <summary>
/// Expands command-line arguments into inputs, lazily: files, directories (recursive, ordinal order, hidden
/// entries and unsupported extensions skipped), http(s) URLs, and "-" for standard input.
/// </summary>
public sealed class SourceLoader(IngestOptions options, Func<string, bool> isSupportedExtension)
{
    public const string StdinName = "stdin";

    public SourceLoader(IngestOptions options) : this(options, DocumentReaders.Default.IsSupportedExtension) { }

    /// <summary>Replaceable for tests; standard input by default.</summary>
    public Func<Stream> OpenStdin { get; init; } = Console.OpenStandardInput;

    public IEnumerable<LoadedInput> Load(IEnumerable<string> args)
    {
        using var http = new HttpInputs(options);
        foreach (var arg in args)
        {
            if (arg == "-")
                yield return ReadStdin();
            else if (HttpInputs.IsUrl(arg))
                yield return http.Fetch(arg);
            else
                foreach (var input in FileInputs.Expand(arg, options, isSupportedExtension))
                    yield return input;
        }
    }

    private LoadedInput ReadStdin()
    {
        using var stream = OpenStdin();
        var bytes = SizeLimit.ReadAll(stream, options.MaxBytes);
        return bytes is null
            ? LoadedInput.Failed(StdinName, SizeLimit.Reason(options.MaxBytes))
            : LoadedInput.Ok(new SourceInput(StdinName, bytes));
    }
}
