using System.Text;
using Microsoft.Data.Sqlite;

namespace Relata.Store.Sqlite;

/// <summary>Paged, filtered queries for the HTTP API; each page comes with the total count of matches.</summary>
public sealed partial class SqliteStore
{
    private const string CurrentOnly = "JOIN documents d ON d.id = f.document_id AND d.current_version = f.version";

    public PagedResult<DocumentSummary> ListDocuments(int limit, int offset)
    {
        int total = Convert.ToInt32(Scalar("SELECT COUNT(*) FROM documents"));
        var items = Query($"SELECT {SummaryColumns} {CurrentJoin} ORDER BY d.created_at, d.id LIMIT $limit OFFSET $offset",
            ReadSummary, ("$limit", limit), ("$offset", offset));
        return new PagedResult<DocumentSummary>(items, total);
    }

    public PagedResult<SentenceHit> Search(string query, int limit, int offset)
    {
        string fts = FtsQuery.Build(query);
        if (fts.Length == 0) return new PagedResult<SentenceHit>([], 0);
        // The ordered matches are kept (MatchOrderCache); highlighting runs on the rows of the page only. The "+" keeps
        // FTS5 from running the whole MATCH once per row id of the page: one pass over the matches, filtered.
        const string matches = """
            SELECT s.id FROM sentences_fts
            JOIN sentences s ON s.id = sentences_fts.rowid
            JOIN documents d ON d.id = s.document_id AND d.current_version = s.version
            WHERE sentences_fts MATCH $q
            ORDER BY bm25(sentences_fts), s.document_id, s.idx
            """;
        try
        {
            return ReadPage(matches, [("$q", fts)], limit, offset, slice => Query($"""
                SELECT s.document_id, s.idx, s.start_offset, s.end_offset,
                       highlight(sentences_fts, 0, '{HitMarkers.Open}', '{HitMarkers.Close}'), v.title, bm25(sentences_fts)
                FROM sentences_fts
                JOIN sentences s ON s.id = sentences_fts.rowid
                JOIN document_versions v ON v.document_id = s.document_id AND v.version = s.version
                WHERE sentences_fts MATCH $q AND +sentences_fts.rowid IN (SELECT value FROM json_each($ids))
                ORDER BY bm25(sentences_fts), s.document_id, s.idx
                """,
                r => new SentenceHit(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), Str(r, 5), r.GetDouble(6)),
                ("$q", fts), ("$ids", slice)));
        }
        catch (SqliteException e)
        {
            throw new StoreException($"search \"{query}\": {e.Message}", e);
        }
    }

    /// <param name="query">Words of the actor's id or name; null lists all.</param>
    public PagedResult<ActorCount> FindActors(string? query, string? type, int limit, int offset)
    {
        var where = new Where();
        where.Add("f.kind = 'actor' AND f.current = 1 AND f.actor_id IS NOT NULL");
        if (type is not null) where.Add("f.actor_type = $type", ("$type", type));
        if (query is not null)
            where.Add("(f.actor_id LIKE $q ESCAPE '\\' OR f.actor_name LIKE $q ESCAPE '\\')", ("$q", "%" + EscapeLike(query) + "%"));
        int total = Convert.ToInt32(Scalar($"SELECT COUNT(DISTINCT f.actor_id) FROM mentions f {where}", where.Parameters));
        var items = Query($"""
            SELECT f.actor_id, MAX(f.actor_name), MAX(f.actor_type), MAX(f.code), MAX(f.country), COUNT(*), COUNT(DISTINCT f.document_id)
            FROM mentions f {where}
            GROUP BY f.actor_id ORDER BY COUNT(*) DESC, f.actor_id LIMIT $limit OFFSET $offset
            """,
            r => new ActorCount(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6)),
            [.. where.Parameters, ("$limit", limit), ("$offset", offset)]);
        return new PagedResult<ActorCount>(items, total);
    }

    public ActorCount? CountActor(string actorId) =>
        Query($"""
            SELECT f.actor_id, MAX(f.actor_name), MAX(f.actor_type), MAX(f.code), MAX(f.country), COUNT(*), COUNT(DISTINCT f.document_id)
            FROM mentions f WHERE f.actor_id = $id AND f.kind = 'actor' AND f.current = 1 GROUP BY f.actor_id
            """,
            r => new ActorCount(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6)), ("$id", actorId))
        .FirstOrDefault();

    public PagedResult<MentionRecord> FindMentions(string actorId, FactFilter filter, int limit, int offset)
    {
        var where = new Where();
        where.Add("f.actor_id = $id", ("$id", actorId));
        AddDates(where, "f.date", filter);
        AddTopic(where, filter.Topic);
        return PageQuery("mentions", where, "f.sort_date, f.document_id, f.start_offset",
            $"f.text, f.kind, f.role, f.date, f.rule, {EvidenceColumns}",
            r => new MentionRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetString(4), ReadEvidence(r, 5)), limit, offset);
    }

    public PagedResult<EventRecord> FindEvents(FactFilter filter, int limit, int offset)
    {
        var where = new Where();
        if (filter.Actor is { } actor) where.Add(EventInvolves(where, actor));
        if (filter.DyadA is { } a && filter.DyadB is { } b)
        {
            string sa = where.In(a), sb = where.In(b);
            where.Add($"""
                f.rowid IN (SELECT rowid FROM events WHERE source_id IN ({sa}) AND current = 1 AND target_id IN ({sb})
                            UNION ALL SELECT rowid FROM events WHERE source_id IN ({sb}) AND current = 1 AND target_id IN ({sa}))
                """);
        }
        if (filter.Modality is not null) where.Add("f.modality = $modality", ("$modality", filter.Modality));
        if (filter.Code is not null) where.Add("f.cameo LIKE $code ESCAPE '\\'", ("$code", EscapeLike(filter.Code) + "%"));
        if (filter.LocatedOnly) where.Add("f.lat IS NOT NULL AND f.lon IS NOT NULL");
        AddDates(where, "f.date", filter);
        AddTopic(where, filter.Topic);
        AddSentenceText(where, filter.Text);
        return PageQuery("events", where, "f.date, f.document_id, f.start_offset", $"""
            f.event_id, f.trigger, f.source_id, f.source_name, f.source_code, f.target_id, f.target_name, f.target_code, f.cameo,
            f.cameo_name, f.plover, f.mode, f.goldstein, f.quad_class, f.date, f.date_precision, f.date_from, f.location, f.country,
            f.lat, f.lon, f.modality, f.confidence, f.symmetric, {EvidenceColumns}
            """,
            r => new EventRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), r.GetString(8),
                r.GetString(9), Str(r, 10), Str(r, 11), r.GetDouble(12), r.GetInt32(13), Str(r, 14), Str(r, 15), Str(r, 16), Str(r, 17), Str(r, 18),
                r.IsDBNull(19) ? null : r.GetDouble(19), r.IsDBNull(20) ? null : r.GetDouble(20), r.GetString(21), r.GetDouble(22),
                r.GetInt32(23) == 1, ReadEvidence(r, 24)), limit, offset);
    }

    public PagedResult<ClaimRecord> FindClaims(FactFilter filter, int limit, int offset)
    {
        var where = new Where();
        if (filter.Actor is { } actor) where.Add(SpeakerOrMention(where, actor, "claims"));
        if (filter.DyadA is { } a && filter.DyadB is { } b)
            where.Add($"{SpeakerOrMention(where, a, "claims")} AND {SpeakerOrMention(where, b, "claims")}");
        AddDates(where, "f.date", filter);
        AddTopic(where, filter.Topic);
        if (filter.Text is not null)
            where.Add("(f.text LIKE $text ESCAPE '\\' OR f.proposition_label LIKE $text ESCAPE '\\')", ("$text", "%" + EscapeLike(filter.Text) + "%"));
        return PageQuery("claims", where, "f.sort_date, f.document_id, f.start_offset", $"""
            f.claim_id, f.speaker_id, f.speaker_name, f.cue, f.cue_type, f.quoted, f.text, f.date, f.topics, f.stance,
            f.negated, f.future, f.author_judgement, f.proposition_key, f.proposition_label, f.temporal, {EvidenceColumns}
            """,
            r => new ClaimRecord(r.GetString(0), Str(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5) == 1, r.GetString(6),
                Str(r, 7), Str(r, 8), Str(r, 9), r.GetInt32(10) == 1, r.GetInt32(11) == 1, r.GetInt32(12) == 1, Str(r, 13), Str(r, 14), Str(r, 15),
                ReadEvidence(r, 16)), limit, offset);
    }

    public PagedResult<FigureRecord> FindFigures(FactFilter filter, int limit, int offset)
    {
        var where = new Where();
        if (filter.Actor is { } actor) where.Add(Mentioned(where, actor, "quantities"));
        if (filter.DyadA is { } a && filter.DyadB is { } b)
            where.Add($"{Mentioned(where, a, "quantities")} AND {Mentioned(where, b, "quantities")}");
        // A figure's date is the period it is for, else its document's reference date.
        AddDates(where, "f.sort_date", filter);
        AddTopic(where, filter.Topic);
        if (filter.Text is not null)
            where.Add("(f.measure LIKE $text ESCAPE '\\' OR f.text LIKE $text ESCAPE '\\')", ("$text", "%" + EscapeLike(filter.Text) + "%"));
        return PageQuery("quantities", where, "f.sort_date, f.document_id, f.start_offset", $"""
            f.text, f.value, f.unit, f.dimension, f.approximate, f.qualifier, f.change, f.measure, f.period, f.actors, v.ref_date,
            {EvidenceColumns}
            """,
            r => new FigureRecord(r.GetString(0), r.GetDouble(1), r.GetString(2), r.GetString(3), r.GetInt32(4) == 1, Str(r, 5),
                r.IsDBNull(6) ? null : r.GetDouble(6), Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 10), ReadEvidence(r, 11)), limit, offset);
    }

    /// <summary>Directed actor pairs with events, busiest first.</summary>
    public IReadOnlyList<DyadCount> Dyads(FactFilter filter, int limit)
    {
        var where = new Where();
        where.Add("f.current = 1 AND f.source_id IS NOT NULL AND f.target_id IS NOT NULL AND f.source_id <> f.target_id");
        if (filter.Actor is { } actor) where.Add(EventInvolves(where, actor));
        AddDates(where, "f.date", filter);
        AddTopic(where, filter.Topic);
        return Query($"""
            SELECT f.source_id, MAX(f.source_name), f.target_id, MAX(f.target_name), COUNT(*), SUM(f.modality = 'asserted'),
                   SUM(CASE WHEN f.modality = 'asserted' THEN f.goldstein ELSE 0 END), MIN(f.date), MAX(f.date)
            FROM events f {where}
            GROUP BY f.source_id, f.target_id ORDER BY COUNT(*) DESC, f.source_id, f.target_id LIMIT $limit
            """,
            r => new DyadCount(r.GetString(0), Str(r, 1) ?? r.GetString(0), r.GetString(2), Str(r, 3) ?? r.GetString(2), r.GetInt32(4),
                r.GetInt32(5), r.GetDouble(6), Str(r, 7), Str(r, 8)),
            [.. where.Parameters, ("$limit", limit)]);
    }

    /// <summary>Topic ids in use, with how many sentences carry each.</summary>
    public IReadOnlyList<(string Topic, int Sentences)> TopicCounts() =>
        Query($"SELECT f.topic, COUNT(*) FROM sentence_topics f {CurrentOnly} GROUP BY f.topic ORDER BY COUNT(*) DESC, f.topic",
            r => (r.GetString(0), r.GetInt32(1)));

    /// <summary>A random id given to the store file when it is created, so caches keyed on it never mix two stores.</summary>
    private string Identity => _identity ??= Scalar("SELECT value FROM store_meta WHERE key = 'identity'") as string ?? Path;

    private string? _identity;

    public long Revision() => Convert.ToInt64(Scalar("SELECT COALESCE(MAX(rowid), 0) FROM document_versions"));

    /// <summary>
    /// The event's source or target is one of the actors: the row ids from the source and the target index (one
    /// range each per actor), rather than a walk over every event in date order testing both columns.
    /// </summary>
    private static string EventInvolves(Where where, IReadOnlyList<string> ids)
    {
        string set = where.In(ids);
        return $"""
            f.rowid IN (SELECT rowid FROM events WHERE source_id IN ({set}) AND current = 1
                        UNION ALL SELECT rowid FROM events WHERE target_id IN ({set}) AND current = 1)
            """;
    }

    private string SpeakerOrMention(Where where, IReadOnlyList<string> ids, string table) =>
        $"(f.speaker_id IN ({where.In(ids)}) OR {Mentioned(where, ids, table)})";

    /// <summary>
    /// The fact's sentence mentions one of the actors. A rarely mentioned actor: SQLite builds the set of its sentences
    /// once and looks the facts up by sentence. A common one (its mentions outnumber a fraction of the facts): each
    /// fact probes the mentions of its own sentence instead, which is cheaper than materialising a set of 100,000 sentences.
    /// </summary>
    private string Mentioned(Where where, IReadOnlyList<string> ids, string table)
    {
        string set = where.In(ids);
        if (MentionCount(ids) * 4 < FactRowEstimate(table))
            return $"(f.document_id, f.version, f.sentence) IN (SELECT m.document_id, m.version, m.sentence FROM mentions m WHERE m.actor_id IN ({set}))";
        // "+" keeps SQLite from probing the index once per actor id: one range probe on the sentence, then a filter.
        return $"EXISTS (SELECT 1 FROM mentions m WHERE +m.actor_id IN ({set}) AND m.document_id = f.document_id AND m.version = f.version AND m.sentence = f.sentence)";
    }

    /// <summary>How often the actors are mentioned, kept until the store changes (it only chooses a query plan).</summary>
    private long MentionCount(IReadOnlyList<string> ids)
    {
        var where = new Where();
        string set = where.In(ids);
        string sql = $"SELECT COUNT(*) FROM mentions WHERE actor_id IN ({set})";
        string key = Identity + "\u001ecount\u001e" + string.Join('\u001f', where.Parameters.Select(p => p.Value));
        return MatchOrderCache.Get(key, Revision(), () => [Convert.ToInt64(Scalar(sql, where.Parameters))])[0];
    }

    private long FactRowEstimate(string table) => Convert.ToInt64(Scalar($"SELECT COALESCE(MAX(rowid), 0) FROM {table}"));

    private static void AddDates(Where where, string column, FactFilter filter)
    {
        if (filter.From is not null) where.Add($"{column} >= $from", ("$from", filter.From));
        if (filter.To is not null) where.Add($"substr({column}, 1, length($to)) <= $to", ("$to", filter.To));
    }

    private static void AddTopic(Where where, string? topic)
    {
        if (topic is null) return;
        where.Add("EXISTS (SELECT 1 FROM sentence_topics t WHERE t.document_id = f.document_id AND t.version = f.version AND t.sentence = f.sentence AND t.topic = $topic)",
            ("$topic", topic));
    }

    private static void AddSentenceText(Where where, string? text)
    {
        if (text is null) return;
        where.Add("EXISTS (SELECT 1 FROM sentences s2 WHERE s2.document_id = f.document_id AND s2.version = f.version AND s2.idx = f.sentence AND s2.text LIKE $text ESCAPE '\\')",
            ("$text", "%" + EscapeLike(text) + "%"));
    }

    /// <summary>
    /// One page of a fact table in the given order with the count of all matches. The ordered row ids of the matches
    /// are found on the fact rows alone (filter, sort) and kept in <see cref="MatchOrderCache"/> until the store
    /// changes; the page then joins only its own rows to their sentences and documents.
    /// </summary>
    private PagedResult<T> PageQuery<T>(string table, Where where, string order, string columns,
        Func<SqliteDataReader, T> read, int limit, int offset)
    {
        string matches = $"""
            SELECT f.rowid FROM {table} f
            {where}{(where.IsEmpty ? "WHERE" : " AND")} f.current = 1
            ORDER BY {order}, f.rowid
            """;
        var parameters = where.Parameters;
        return ReadPage(matches, parameters, limit, offset, slice => Query($"""
            SELECT {columns} FROM json_each($ids) j CROSS JOIN {table} f ON f.rowid = j.value {FactJoin} ORDER BY j.key
            """, read, ("$ids", slice)));
    }

    /// <summary>
    /// The page of the matches of <paramref name="matchSql"/> (a query of ordered row ids) at offset, read by
    /// <paramref name="readRows"/> from a JSON array of its row ids, and the count of all matches.
    /// </summary>
    private PagedResult<T> ReadPage<T>(string matchSql, (string Name, object? Value)[] parameters, int limit, int offset,
        Func<string, List<T>> readRows)
    {
        var key = new StringBuilder(Identity).Append('\u001e').Append(matchSql);
        foreach (var (name, value) in parameters) key.Append('\u001e').Append(name).Append('=').Append(value);
        for (int attempt = 0; ; attempt++)
        {
            long[] ids = MatchOrderCache.Get(key.ToString(), Revision(), () => RowIds(matchSql, parameters), refresh: attempt > 0);
            if (offset >= ids.Length) return new PagedResult<T>([], ids.Length);
            int count = Math.Min(limit, ids.Length - offset);
            var slice = new StringBuilder("[");
            for (int i = offset; i < offset + count; i++) slice.Append(i == offset ? "" : ",").Append(ids[i]);
            var items = readRows(slice.Append(']').ToString());
            // Row ids only change when the file is rebuilt (VACUUM) without a new document; then the list is read again.
            if (items.Count == count || attempt > 0) return new PagedResult<T>(items, ids.Length);
        }
    }

    private long[] RowIds(string sql, (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(null, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return [.. ids];
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(null, sql, parameters);
        return cmd.ExecuteScalar();
    }

    /// <summary>A WHERE clause built from the filters that are set, so SQLite can use an index for each.</summary>
    private sealed class Where
    {
        private readonly List<string> _conditions = [];
        private readonly List<(string, object?)> _parameters = [];

        public (string Name, object? Value)[] Parameters => [.. _parameters];

        public void Add(string condition, params (string, object?)[] parameters)
        {
            _conditions.Add(condition);
            _parameters.AddRange(parameters);
        }

        /// <summary>Parameters for a set of values; returns the placeholder list for an IN (…).</summary>
        public string In(IReadOnlyList<string> values)
        {
            if (values.Count == 0) return "NULL";
            var sb = new StringBuilder();
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                string name = "$s" + _parameters.Count;
                _parameters.Add((name, value));
                if (sb.Length > 0) sb.Append(", ");
                sb.Append(name);
            }
            return sb.ToString();
        }

        public bool IsEmpty => _conditions.Count == 0;

        public override string ToString() => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);
    }
}
