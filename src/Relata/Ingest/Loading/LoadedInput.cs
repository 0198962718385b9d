namespace Relata.Ingest.Loading;

/// <summary>An input's bytes, or why they could not be had.</summary>
public sealed record LoadedInput(SourceInput? Input, InputException? Error)
{
    public static LoadedInput Ok(SourceInput input) => new(input, null);
    public static LoadedInput Failed(string name, string reason, Exception? inner = null) => new(null, new InputException(name, reason, inner));
}
