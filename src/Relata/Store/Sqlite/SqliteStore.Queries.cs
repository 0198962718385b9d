using System.Globalization;
using Microsoft.Data.Sqlite;
using Relata.Documents;

namespace Relata.Store.Sqlite;

public sealed partial class SqliteStore
{
    private const string SummaryColumns = """
        d.id, v.version, d.source, d.format, v.title, v.author, v.outlet, v.published_date, v.url, v.language, v.encoding,
        v.ref_date, v.ref_inferred, v.ref_reason, v.ingested_at, v.ref_precision,
        (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id AND s.version = v.version)
        """;

    private const string CurrentJoin = "FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version";

    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        using var cmd = Command(null, $"SELECT {SummaryColumns} {CurrentJoin} ORDER BY d.created_at, d.id");
        using var reader = cmd.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (reader.Read()) list.Add(ReadSummary(reader));
        return list;
    }

    public StoredDocument? GetDocument(string idOrPrefix)
    {
        string? id = ResolveId(idOrPrefix);
        if (id is null) return null;
        DocumentSummary summary;
        string hash, original, text;
        using (var cmd = Command(null, $"SELECT {SummaryColumns}, v.content_hash, v.original_hash, v.text {CurrentJoin} WHERE d.id = $id", ("$id", id)))
        using (var reader = cmd.ExecuteReader())
        {
            if (!reader.Read()) return null;
            summary = ReadSummary(reader);
            hash = reader.GetString(17);
            original = reader.GetString(18);
            text = reader.GetString(19);
        }
        var sentences = new List<StoredSentence>();
        using (var cmd = Command(null, "SELECT idx, paragraph, start_offset, end_offset, text FROM sentences WHERE document_id = $id AND version = $v ORDER BY idx",
                   ("$id", id), ("$v", summary.Version)))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
                sentences.Add(new StoredSentence(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)));
        }
        return new StoredDocument(summary, hash, original, text, sentences);
    }

    public string? GetExtractJson(string documentId)
    {
        using var cmd = Command(null, $"SELECT v.extract_json {CurrentJoin} WHERE d.id = $id", ("$id", documentId));
        return cmd.ExecuteScalar() as string;
    }

    public IReadOnlyList<SentenceHit> Search(string query, int limit = 50)
    {
        string fts = FtsQuery.Build(query);
        if (fts.Length == 0) return [];
        using var cmd = Command(null, $"""
            SELECT s.document_id, s.idx, s.start_offset, s.end_offset,
                   highlight(sentences_fts, 0, '{HitMarkers.Open}', '{HitMarkers.Close}'), v.title, bm25(sentences_fts)
            FROM sentences_fts
            JOIN sentences s ON s.id = sentences_fts.rowid
            JOIN documents d ON d.id = s.document_id AND d.current_version = s.version
            JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
            WHERE sentences_fts MATCH $q
            ORDER BY bm25(sentences_fts), s.document_id, s.idx
            LIMIT $limit
            """, ("$q", fts), ("$limit", limit));
        var hits = new List<SentenceHit>();
        try
        {
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                hits.Add(new SentenceHit(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                    reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetDouble(6)));
        }
        catch (SqliteException e)
        {
            throw new StoreException($"search \"{query}\": {e.Message}", e);
        }
        return hits;
    }

    private string? ResolveId(string idOrPrefix)
    {
        using var cmd = Command(null, "SELECT id FROM documents WHERE id = $q UNION ALL SELECT id FROM (SELECT id FROM documents WHERE id LIKE $p ESCAPE '\\' LIMIT 2)",
            ("$q", idOrPrefix), ("$p", EscapeLike(idOrPrefix) + "%"));
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        if (ids.Count > 0 && ids[0] == idOrPrefix) return ids[0];
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static DocumentSummary ReadSummary(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var metadata = new DocumentMetadata
        {
            Title = S(4), Author = S(5), Outlet = S(6),
            PublishedDate = S(7) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Url = S(8), Language = S(9), Encoding = S(10),
        };
        var reference = S(11) is { } rd
            ? new ReferenceDate(DateOnly.ParseExact(rd, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt32(12) == 1, S(13) ?? "")
            {
                Precision = Enum.TryParse<DatePrecision>(S(15), ignoreCase: true, out var precision) ? precision : DatePrecision.Day,
            }
            : null;
        return new DocumentSummary(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), metadata, reference,
            r.GetInt32(16), DateTimeOffset.Parse(r.GetString(14), CultureInfo.InvariantCulture));
    }
}
