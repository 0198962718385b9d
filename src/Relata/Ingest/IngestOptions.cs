namespace Relata.Ingest;

/// <summary>Limits for reading inputs.</summary>
public sealed record IngestOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Largest input accepted, in bytes (files, URL bodies, stdin).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static IngestOptions Default { get; } = new();
}
