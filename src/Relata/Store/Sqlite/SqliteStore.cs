using System.Globalization;
using Microsoft.Data.Sqlite;
using Relata.Documents;
using Relata.Export;
using Relata.Pipeline;

namespace Relata.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file with WAL journaling. Every document is written in one
/// transaction, so an interrupted batch leaves finished documents intact and no half document.
/// </summary>
public sealed partial class SqliteStore : IRelataStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    public static SqliteStore Open(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        string? dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            SqliteMigrator.Migrate(connection);
            BackfillMergeBlocks(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the store ({e.Message})", e);
        }
        return new SqliteStore(connection) { Path = full };
    }

    public int SchemaVersion => SqliteMigrator.CurrentVersion(_connection);

    public SaveResult Save(DocumentAnalysis analysis)
    {
        var doc = analysis.Document;
        using var tx = _connection.BeginTransaction(deferred: false);
        var current = CurrentVersion(doc.Id, tx);
        if (current is { } c && c.Hash == doc.ContentHash)
            return new SaveResult(doc.Id, c.Version, SaveOutcome.Unchanged);
        if (FindCurrentWithHash(doc.ContentHash, doc.Id, tx) is { } other)
            return new SaveResult(doc.Id, 0, SaveOutcome.Duplicate, other);

        int version = (current?.Version ?? 0) + 1;
        string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        if (current is null)
            Execute(tx, "INSERT INTO documents(id, source, format, current_version, created_at) VALUES ($id, $source, $format, 1, $now)",
                ("$id", doc.Id), ("$source", doc.Source), ("$format", doc.Format), ("$now", now));
        else
            Execute(tx, "UPDATE documents SET current_version = $v, source = $source, format = $format WHERE id = $id",
                ("$id", doc.Id), ("$v", version), ("$source", doc.Source), ("$format", doc.Format));

        var extract = ExtractMapper.Map(analysis);
        InsertVersion(analysis, extract, version, now, tx);
        InsertSentences(analysis, version, tx);
        InsertFacts(analysis, extract, version, tx);
        tx.Commit();
        return new SaveResult(doc.Id, version, current is null ? SaveOutcome.Added : SaveOutcome.NewVersion);
    }

    private void InsertVersion(DocumentAnalysis analysis, ExtractDocument extract, int version, string now, SqliteTransaction tx)
    {
        var doc = analysis.Document;
        var m = analysis.Metadata;
        var r = analysis.ReferenceDate;
        Execute(tx, """
            INSERT INTO document_versions(document_id, version, content_hash, original_hash, title, author, outlet,
                published_date, url, language, encoding, ref_date, ref_precision, ref_inferred, ref_reason, text, extract_json, ingested_at)
            VALUES ($id, $v, $hash, $orig, $title, $author, $outlet, $pub, $url, $lang, $enc, $ref, $refPrec, $refInf, $refWhy, $text, $json, $now)
            """,
            ("$id", doc.Id), ("$v", version), ("$hash", doc.ContentHash), ("$orig", doc.OriginalHash),
            ("$title", m.Title), ("$author", m.Author), ("$outlet", m.Outlet),
            ("$pub", m.PublishedDate is { } p ? ExtractMapper.IsoDate(p) : null), ("$url", m.Url),
            ("$lang", m.Language), ("$enc", m.Encoding),
            ("$ref", r is null ? null : ExtractMapper.IsoDate(r.Value)), ("$refPrec", r?.Precision.ToString().ToLowerInvariant()), ("$refInf", r is null ? null : r.Inferred ? 1 : 0),
            ("$refWhy", r?.Reason), ("$text", doc.Text),
            ("$json", ExtractJson.Serialize(extract)), ("$now", now));
    }

    private void InsertSentences(DocumentAnalysis analysis, int version, SqliteTransaction tx)
    {
        using var insert = new BatchInsert(_connection, tx, "sentences",
            "document_id", "version", "idx", "paragraph", "start_offset", "end_offset", "text");
        foreach (var s in analysis.Sentences)
            insert.Insert(analysis.Document.Id, version, s.Index, s.Paragraph, s.Span.Start, s.Span.End, s.Text);
    }

    private (int Version, string Hash)? CurrentVersion(string id, SqliteTransaction tx)
    {
        using var cmd = Command(tx, """
            SELECT v.version, v.content_hash FROM documents d
            JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
            WHERE d.id = $id
            """, ("$id", id));
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), reader.GetString(1)) : null;
    }

    private string? FindCurrentWithHash(string hash, string exceptId, SqliteTransaction tx)
    {
        using var cmd = Command(tx, """
            SELECT d.id FROM document_versions v JOIN documents d ON d.id = v.document_id AND d.current_version = v.version
            WHERE v.content_hash = $hash AND d.id <> $id LIMIT 1
            """, ("$hash", hash), ("$id", exceptId));
        return cmd.ExecuteScalar() as string;
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Execute(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
