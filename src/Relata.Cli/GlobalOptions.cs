using System.CommandLine;

namespace Relata.Cli;

internal static class GlobalOptions
{
    public const string DbEnvironmentVariable = "RELATA_DB";

    public static Option<string> Db { get; } = new("--db")
    {
        Description = $"The store: a SQLite file (default ./relata.db, or ${DbEnvironmentVariable}).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DbEnvironmentVariable) is { Length: > 0 } env ? env : "relata.db",
    };

    public static Option<bool> Parallel { get; } = new("--parallel")
    {
        Description = "Analyse documents on all cores (storing stays in input order).",
    };

    public static int Parallelism(ParseResult parse) => parse.GetValue(Parallel) ? Environment.ProcessorCount : 1;

    /// <summary>Documents analysed together: one at a time when reading stdin, so a live feed is not held back.</summary>
    public static int BatchSize(IEnumerable<string> inputs) => inputs.Contains("-") ? 1 : Relata.Batch.PipelineRunner.DefaultBatchSize;

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of a table." };
}
