using Relata.Pipeline;

namespace Relata.Store.Sqlite;

/// <summary>Event origins: which events were imported from GDELT/ACLED rows, and from which article.</summary>
public sealed partial class SqliteStore
{
    public SaveResult SaveImported(DocumentAnalysis analysis, IReadOnlyDictionary<string, EventOrigin> originByEventId)
    {
        var result = Save(analysis);
        if (result.Outcome == SaveOutcome.Duplicate) return result;
        using var tx = _connection.BeginTransaction(deferred: false);
        using var update = Command(tx, """
            UPDATE events SET provenance = $p, external_id = $x, source_url = $u, outlet = $o
            WHERE document_id = $d AND version = $v AND event_id = $e
            """, ("$p", null), ("$x", null), ("$u", null), ("$o", null), ("$d", result.DocumentId), ("$v", result.Version), ("$e", null));
        foreach (var (eventId, origin) in originByEventId)
        {
            update.Parameters["$p"].Value = origin.Provenance;
            update.Parameters["$x"].Value = (object?)origin.ExternalId ?? DBNull.Value;
            update.Parameters["$u"].Value = (object?)origin.SourceUrl ?? DBNull.Value;
            update.Parameters["$o"].Value = (object?)origin.Outlet ?? DBNull.Value;
            update.Parameters["$e"].Value = eventId;
            update.ExecuteNonQuery();
        }
        tx.Commit();
        return result;
    }

    public IReadOnlyDictionary<(string DocumentId, string EventId), EventOrigin> EventOrigins()
    {
        var rows = Query("""
            SELECT f.document_id, f.event_id, f.provenance, f.external_id, COALESCE(f.source_url, v.url), COALESCE(f.outlet, v.outlet)
            FROM events f
            JOIN documents d ON d.id = f.document_id AND d.current_version = f.version
            JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
            """,
            r => (Key: (r.GetString(0), r.GetString(1)), Origin: new EventOrigin(r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5))));
        var map = new Dictionary<(string, string), EventOrigin>(rows.Count);
        foreach (var (key, origin) in rows) map[key] = origin;
        return map;
    }
}
