using System.CommandLine;
using Relata.Store;
using Relata.Store.Sqlite;

namespace Relata.Cli;

internal static class StoreAccess
{
    public static IRelataStore Open(ParseResult parse) => SqliteStore.Open(parse.GetValue(GlobalOptions.Db)!);

    /// <summary>Opens an existing store for reading; a missing file is a usage error, not a new empty store.</summary>
    public static IRelataStore? OpenExisting(ParseResult parse)
    {
        string path = parse.GetValue(GlobalOptions.Db)!;
        if (!File.Exists(path))
        {
            Output.Error($"{path}: no such store; run `relata ingest PATH` first (or pass --db)");
            return null;
        }
        return SqliteStore.Open(path);
    }
}
