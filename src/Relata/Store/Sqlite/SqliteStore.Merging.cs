using Microsoft.Data.Sqlite;
using Relata.Events.Merging;
using Relata.Export;

namespace Relata.Store.Sqlite;

/// <summary>
/// Merged events are computed when asked (docs/formats.md, "Merged events"): each stored mention carries its merge block
/// (actor pair, CAMEO root, kind of modality), and a query merges only the blocks its matching mentions fall in.
/// Mentions of one real event always share a block, so the answer equals merging the whole store.
/// </summary>
public sealed partial class SqliteStore
{
    private const string EventColumns = """
        f.event_id, f.trigger, f.source_id, f.source_name, f.source_code, f.target_id, f.target_name, f.target_code, f.cameo,
        f.cameo_name, f.plover, f.mode, f.goldstein, f.quad_class, f.date, f.date_precision, f.date_from, f.location, f.country,
        f.lat, f.lon, f.modality, f.confidence, f.symmetric, f.document_id, f.sentence, s.start_offset, s.end_offset, s.text, v.title,
        v.outlet, v.ref_date, f.place_id, f.topics
        """;

    private const string EventFilter = """
        ($actor IS NULL OR f.source_id = $actor OR f.target_id = $actor)
          AND ($target IS NULL OR f.target_id = $target)
          AND ($from IS NULL OR f.date >= $from)
          AND ($to IS NULL OR substr(f.date, 1, length($to)) <= $to)
          AND ($modality IS NULL OR f.modality = $modality)
          AND ($code IS NULL OR f.cameo LIKE $code || '%')
        """;

    public IReadOnlyList<MergedEvent> MergedEvents(EventQuery query)
    {
        var rows = Query($"""
            WITH hits AS (SELECT f.rowid AS rid, f.merge_block AS block FROM events f {FactJoin} WHERE {EventFilter})
            SELECT {EventColumns}, f.rowid IN (SELECT rid FROM hits)
            FROM events f {FactJoin}
            WHERE f.rowid IN (SELECT rid FROM hits) OR f.merge_block IN (SELECT block FROM hits WHERE block <> '')
            """,
            r => (Record: ReadEventRecord(r), Hit: r.GetInt32(34) == 1),
            ("$actor", query.Actor), ("$target", query.Target), ("$from", query.From), ("$to", query.To), ("$modality", query.Modality),
            ("$code", query.Code));
        var hits = rows.Where(x => x.Hit).Select(x => EventMerger.MentionKey(x.Record)).ToHashSet(StringComparer.Ordinal);
        return [.. EventMerger.Merge(rows.Select(x => x.Record))
            .Where(m => m.Mentions.Any(x => hits.Contains(EventMerger.MentionKey(x))))
            .Take(query.Limit)];
    }

    private static EventRecord ReadEventRecord(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), r.GetString(8),
        r.GetString(9), Str(r, 10), Str(r, 11), r.GetDouble(12), r.GetInt32(13), Str(r, 14), Str(r, 15), Str(r, 16), Str(r, 17), Str(r, 18),
        r.IsDBNull(19) ? null : r.GetDouble(19), r.IsDBNull(20) ? null : r.GetDouble(20), r.GetString(21), r.GetDouble(22),
        r.GetInt32(23) == 1, ReadEvidence(r, 24), Str(r, 30), Str(r, 31), Str(r, 32), Str(r, 33));

    private static string MergeBlock(ExtractDocument extract, ExtractEvent e) =>
        EventMerger.BlockKey(ExtractEventMerging.ToRecord(e, extract.Id, null, null, null)) ?? "";

    /// <summary>Events stored before migration 0006 get their merge block once, on the first open.</summary>
    private static void BackfillMergeBlocks(SqliteConnection connection)
    {
        using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT 1 FROM events WHERE merge_block IS NULL LIMIT 1";
        if (probe.ExecuteScalar() is null) return;
        var blocks = new List<(long RowId, string Block)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = """
                SELECT rowid, event_id, source_id, source_name, target_id, target_name, cameo, date, date_from, modality, symmetric, document_id
                FROM events WHERE merge_block IS NULL
                """;
            using var r = select.ExecuteReader();
            while (r.Read())
            {
                var record = new EventRecord(r.GetString(1), "", Str(r, 2), Str(r, 3), null, Str(r, 4), Str(r, 5), null, r.GetString(6), "",
                    null, null, 0, 0, Str(r, 7), null, Str(r, 8), null, null, null, null, r.GetString(9), 0, r.GetInt32(10) == 1,
                    new EvidenceRef(r.GetString(11), 0, 0, 0, "", null));
                blocks.Add((r.GetInt64(0), EventMerger.BlockKey(record) ?? ""));
            }
        }
        using var tx = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE events SET merge_block = $b WHERE rowid = $r";
        var b = update.Parameters.Add("$b", SqliteType.Text);
        var rid = update.Parameters.Add("$r", SqliteType.Integer);
        foreach (var (rowId, block) in blocks)
        {
            b.Value = block;
            rid.Value = rowId;
            update.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
