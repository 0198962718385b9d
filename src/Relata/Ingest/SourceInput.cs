namespace Relata.Ingest;

/// <summary>Raw bytes of one input (a file, a URL's body, stdin) before any reader has seen them.</summary>
/// <param name="Name">Path or URL, as the user named it; appears in every error about this input.</param>
/// <param name="MediaType">Content type when known (HTTP header), else null.</param>
public sealed record SourceInput(string Name, ReadOnlyMemory<byte> Bytes, string? MediaType = null)
{
    /// <summary>When the source was last modified (file time, HTTP Last-Modified), if known.</summary>
    public DateTimeOffset? Modified { get; init; }

    public string Extension => Path.GetExtension(Name.Split('?', '#')[0]).ToLowerInvariant();
}
