using Microsoft.Data.Sqlite;

namespace Relata.Store.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Joins a fact table aliased f to its sentence and document, current versions only.</summary>
    private const string FactJoin = """
        JOIN documents d ON d.id = f.document_id AND d.current_version = f.version
        JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
        JOIN sentences s ON s.document_id = f.document_id AND s.version = f.version AND s.idx = f.sentence
        """;

    public IReadOnlyList<ActorCount> ActorCounts(string? type = null, string? country = null) =>
        Query($"""
            SELECT f.actor_id, MAX(f.actor_name), MAX(f.actor_type), MAX(f.code), MAX(f.country), COUNT(*), COUNT(DISTINCT f.document_id)
            FROM mentions f {FactJoin}
            WHERE f.kind = 'actor' AND f.actor_id IS NOT NULL
              AND ($type IS NULL OR f.actor_type = $type) AND ($country IS NULL OR f.country = $country OR f.actor_id = $country)
            GROUP BY f.actor_id ORDER BY COUNT(*) DESC, f.actor_id
            """,
            r => new ActorCount(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6)),
            ("$type", type), ("$country", country));

    public IReadOnlyList<CandidateCount> CandidateCounts(int examples = 2)
    {
        var counts = Query($"""
            SELECT f.text, MAX(f.candidate_type), COUNT(*), COUNT(DISTINCT f.document_id)
            FROM mentions f {FactJoin}
            WHERE f.kind = 'candidate' GROUP BY f.text ORDER BY COUNT(*) DESC, f.text
            """, r => (Name: r.GetString(0), Type: Str(r, 1), Mentions: r.GetInt32(2), Docs: r.GetInt32(3)));
        return [.. counts.Select(c => new CandidateCount(c.Name, c.Type, c.Mentions, c.Docs,
            Query($"SELECT {EvidenceColumns} FROM mentions f {FactJoin} WHERE f.kind = 'candidate' AND f.text = $t ORDER BY f.document_id, f.sentence LIMIT $n",
                r => ReadEvidence(r, 0), ("$t", c.Name), ("$n", examples))))];
    }

    public IReadOnlyList<MentionRecord> MentionsOf(string actorId, int limit = 200) =>
        Query($"""
            SELECT f.text, f.kind, f.role, f.date, f.rule, {EvidenceColumns}
            FROM mentions f {FactJoin}
            WHERE f.actor_id = $id ORDER BY COALESCE(f.date, v.ref_date), f.document_id, f.start_offset LIMIT $limit
            """,
            r => new MentionRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetString(4), ReadEvidence(r, 5)),
            ("$id", actorId), ("$limit", limit));

    public IReadOnlyList<FigureRecord> Figures(FigureQuery query) =>
        Query($"""
            SELECT f.text, f.value, f.unit, f.dimension, f.approximate, f.qualifier, f.change, f.measure, f.period, f.actors, v.ref_date,
                   {EvidenceColumns}
            FROM quantities f {FactJoin}
            WHERE ($measure IS NULL OR f.measure LIKE '%' || $measure || '%' ESCAPE '\')
              AND ($unit IS NULL OR f.unit = $unit)
              AND ($actor IS NULL OR f.actors LIKE '%"' || $actor || '"%' ESCAPE '\')
            ORDER BY COALESCE(f.period, v.ref_date), f.document_id, f.start_offset
            LIMIT $limit
            """,
            r => new FigureRecord(r.GetString(0), r.GetDouble(1), r.GetString(2), r.GetString(3), r.GetInt32(4) == 1, Str(r, 5),
                r.IsDBNull(6) ? null : r.GetDouble(6), Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 10), ReadEvidence(r, 11)),
            ("$measure", query.Measure is null ? null : EscapeLike(query.Measure)), ("$unit", query.Unit),
            ("$actor", query.Actor is null ? null : EscapeLike(query.Actor)), ("$limit", query.Limit));

    public IReadOnlyList<EventRecord> Events(EventQuery query) =>
        Query($"""
            SELECT f.event_id, f.trigger, f.source_id, f.source_name, f.source_code, f.target_id, f.target_name, f.target_code, f.cameo,
                   f.cameo_name, f.plover, f.mode, f.goldstein, f.quad_class, f.date, f.date_precision, f.date_from, f.location, f.country,
                   f.lat, f.lon, f.modality, f.confidence, f.symmetric, {EvidenceColumns}, COALESCE(f.outlet, v.outlet), v.ref_date, f.place_id, f.topics
            FROM events f {FactJoin}
            WHERE ($actor IS NULL OR f.source_id = $actor OR f.target_id = $actor)
              AND ($target IS NULL OR f.target_id = $target)
              AND ($from IS NULL OR f.date >= $from)
              AND ($to IS NULL OR substr(f.date, 1, length($to)) <= $to)
              AND ($modality IS NULL OR f.modality = $modality)
              AND ($code IS NULL OR f.cameo LIKE $code || '%')
            ORDER BY f.date, f.document_id, f.start_offset
            LIMIT $limit
            """,
            r => new EventRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), r.GetString(8),
                r.GetString(9), Str(r, 10), Str(r, 11), r.GetDouble(12), r.GetInt32(13), Str(r, 14), Str(r, 15), Str(r, 16), Str(r, 17), Str(r, 18),
                r.IsDBNull(19) ? null : r.GetDouble(19), r.IsDBNull(20) ? null : r.GetDouble(20), r.GetString(21), r.GetDouble(22),
                r.GetInt32(23) == 1, ReadEvidence(r, 24), Str(r, 30), Str(r, 31), Str(r, 32), Str(r, 33)),
            ("$actor", query.Actor), ("$target", query.Target), ("$from", query.From), ("$to", query.To), ("$modality", query.Modality),
            ("$code", query.Code), ("$limit", query.Limit));

    public IReadOnlyList<ClaimRecord> Claims(ClaimQuery query)
    {
        var involving = new Where();
        if (query.Involving is { } ids)
        {
            string set = involving.In(ids);
            IEnumerable<string> keyHas = ids.Count == 0 ? ["0"] : involving.Parameters.Select(p => $"instr(f.proposition_key, {p.Name}) > 0");
            involving.Add($"(f.speaker_id IN ({set}) OR {string.Join(" OR ", keyHas)})");
        }
        return Query($"""
            SELECT f.claim_id, f.speaker_id, f.speaker_name, f.cue, f.cue_type, f.quoted, f.text, f.date, f.topics, f.stance,
                   f.negated, f.future, f.author_judgement, f.proposition_key, f.proposition_label, f.temporal, {EvidenceColumns}
            FROM claims f {FactJoin}
            WHERE ($speaker IS NULL OR f.speaker_id = $speaker OR f.speaker_name LIKE '%' || $speakerLike || '%' ESCAPE '\')
              AND ($topic IS NULL OR ',' || f.topics || ',' LIKE '%,' || $topic || ',%')
              AND ($text IS NULL OR f.text LIKE '%' || $textLike || '%' ESCAPE '\')
              AND ($prop IS NULL OR f.proposition_key = $prop OR f.proposition_label LIKE '%' || $propLike || '%' ESCAPE '\')
              {(query.Involving is null ? "" : "AND " + involving.ToString()["WHERE ".Length..])}
            ORDER BY COALESCE(f.date, v.ref_date), f.document_id, f.start_offset
            LIMIT $limit
            """,
            r => new ClaimRecord(r.GetString(0), Str(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5) == 1, r.GetString(6),
                Str(r, 7), Str(r, 8), Str(r, 9), r.GetInt32(10) == 1, r.GetInt32(11) == 1, r.GetInt32(12) == 1, Str(r, 13), Str(r, 14), Str(r, 15),
                ReadEvidence(r, 16)),
            [("$speaker", query.Speaker), ("$speakerLike", query.Speaker is null ? null : EscapeLike(query.Speaker)),
            ("$topic", query.Topic), ("$text", query.Text), ("$textLike", query.Text is null ? null : EscapeLike(query.Text)),
            ("$prop", query.Proposition), ("$propLike", query.Proposition is null ? null : EscapeLike(query.Proposition)),
            ("$limit", query.Limit), .. involving.Parameters]);
    }

    private const string EvidenceColumns = "f.document_id, f.sentence, s.start_offset, s.end_offset, s.text, v.title";

    private static EvidenceRef ReadEvidence(SqliteDataReader r, int first) =>
        new(r.GetString(first), r.GetInt32(first + 1), r.GetInt32(first + 2), r.GetInt32(first + 3), r.GetString(first + 4), Str(r, first + 5));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(null, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }
}
