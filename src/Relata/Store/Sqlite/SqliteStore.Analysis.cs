namespace Relata.Store.Sqlite;

/// <summary>Queries the analyses need beyond the fact tables: sentence topics and author statements, read from
/// the stored extract record of each current version.</summary>
public sealed partial class SqliteStore
{
    /// <summary>The reference date at its stored precision, as a TIMEX3 value.</summary>
    private const string RefTimex = """
        CASE lower(v.ref_precision) WHEN 'year' THEN substr(v.ref_date, 1, 4) WHEN 'month' THEN substr(v.ref_date, 1, 7) ELSE v.ref_date END
        """;

    public IReadOnlyList<SentenceTopicRecord> SentenceTopics(string? topic = null) =>
        Query("""
            SELECT d.id, json_extract(t.value, '$.sentence'), json_extract(t.value, '$.topic')
            FROM documents d
            JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version,
                 json_each(v.extract_json, '$.topics') t
            WHERE $topic IS NULL OR json_extract(t.value, '$.topic') = $topic
            ORDER BY d.id, json_extract(t.value, '$.sentence'), json_extract(t.value, '$.topic')
            """,
            r => new SentenceTopicRecord(r.GetString(0), r.GetInt32(1), r.GetString(2)), ("$topic", topic));

    public IReadOnlyList<StatementRecord> Statements(string? proposition = null) =>
        Query($"""
            SELECT json_extract(t.value, '$.proposition.key'), json_extract(t.value, '$.proposition.label'),
                   json_extract(t.value, '$.proposition.holder'), json_extract(t.value, '$.proposition.object'),
                   json_extract(t.value, '$.proposition.temporal'), json_extract(t.value, '$.stance'),
                   CASE json_type(t.value, '$.date') WHEN 'null' THEN NULL WHEN 'text' THEN json_extract(t.value, '$.date') ELSE {RefTimex} END,
                   COALESCE(v.author, v.outlet),
                   d.id, s.idx, s.start_offset, s.end_offset, s.text, v.title
            FROM documents d
            JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
            JOIN json_each(v.extract_json, '$.statements') t
            JOIN sentences s ON s.document_id = d.id AND s.version = v.version AND s.idx = json_extract(t.value, '$.sentence')
            WHERE $prop IS NULL OR json_extract(t.value, '$.proposition.key') = $prop
            ORDER BY v.ref_date, d.id, s.idx
            """,
            r => new StatementRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetString(4), r.GetString(5), Str(r, 6), Str(r, 7),
                ReadEvidence(r, 8)),
            ("$prop", proposition));
}
