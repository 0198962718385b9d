using Microsoft.Data.Sqlite;

namespace Relata.Store.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order. The schema version is SQLite's
/// <c>user_version</c>; each script runs in its own transaction together with the version bump.
/// </summary>
internal static class SqliteMigrator
{
    private const string Prefix = "relata-migrations/";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = Load();

    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        int current = CurrentVersion(connection);
        if (current > LatestVersion)
            throw new StoreException($"the database has schema version {current}, newer than this Relata ({LatestVersion}); upgrade Relata");
        foreach (var (version, name, sql) in Migrations.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql + $"\nPRAGMA user_version = {version};";
            try { cmd.ExecuteNonQuery(); }
            catch (SqliteException e) { throw new StoreException($"migration {name} failed: {e.Message}", e); }
            tx.Commit();
        }
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            string name = resource[Prefix.Length..];
            int version = int.Parse(name.AsSpan(0, name.IndexOf('_')));
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add((version, name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        // Numbers only increase; a gap is allowed because parallel branches reserve their numbers ahead.
        for (int i = 1; i < list.Count; i++)
            if (list[i].Item1 == list[i - 1].Item1) throw new InvalidOperationException($"Two migrations share number {list[i].Item1}: {list[i].Item2}.");
        return list;
    }
}
