using System.Text.Json;
using Microsoft.Data.Sqlite;
using Relata.Export;
using Relata.Pipeline;

namespace Relata.Store.Sqlite;

/// <summary>Queryable fact tables, written in the same transaction as the document version they belong to.</summary>
public sealed partial class SqliteStore
{
    private void InsertFacts(DocumentAnalysis analysis, ExtractDocument extract, int version, SqliteTransaction tx)
    {
        string id = analysis.Document.Id;
        // The order of the fact lists (sort_date): a fact's own date, else its document's reference date.
        string? refDate = analysis.ReferenceDate is { } r ? ExtractMapper.IsoDate(r.Value) : null;
        using var timex = new BatchInsert(_connection, tx, "timexes",
            "document_id", "version", "sentence", "start_offset", "end_offset", "text", "type", "value", "precision", "anchor", "vague", "citation", "rejected");
        foreach (var t in extract.Timexes)
            timex.Insert(id, version, analysis.SentenceAt(t.Start)?.Index, t.Start, t.End, t.Text, t.Type, t.Value, t.Precision, t.Anchor,
                t.Vague, t.Citation, t.Rejected);

        using var quantity = new BatchInsert(_connection, tx, "quantities",
            "document_id", "version", "sentence", "start_offset", "end_offset", "text", "value", "unit", "dimension", "approximate", "qualifier",
            "change", "measure", "period", "actors", "sort_date");
        foreach (var q in extract.Quantities)
            quantity.Insert(id, version, analysis.SentenceAt(q.Start)?.Index, q.Start, q.End, q.Text, (double)q.Value, q.Unit, q.Dimension,
                q.Approximate, q.Qualifier, q.Change, q.Measure?.Text, q.Period?.Value,
                q.Actors.Count == 0 ? null : JsonSerializer.Serialize(q.Actors, ExtractJson.Options), q.Period?.Value ?? refDate);
        InsertMentionsAndClaims(extract, version, refDate, tx);
        InsertEvents(extract, version, tx);
    }

    private void InsertMentionsAndClaims(ExtractDocument extract, int version, string? refDate, SqliteTransaction tx)
    {
        using var mention = new BatchInsert(_connection, tx, "mentions",
            "document_id", "version", "sentence", "start_offset", "end_offset", "text", "kind", "actor_id", "actor_name", "actor_type",
            "code", "country", "role", "date", "rule", "confidence", "candidate_type", "sort_date");
        foreach (var m in extract.Mentions)
            mention.Insert(extract.Id, version, m.Sentence, m.Start, m.End, m.Text, m.Kind, m.Actor?.Id, m.Actor?.Name, m.Actor?.Type,
                m.Actor?.Code, m.Actor?.Country, m.Actor?.Role, m.Date, m.Rule, m.Confidence, m.CandidateType, m.Date ?? refDate);

        using var claim = new BatchInsert(_connection, tx, "claims",
            "document_id", "version", "claim_id", "sentence", "start_offset", "end_offset", "text", "speaker_id", "speaker_name", "cue",
            "cue_type", "quoted", "date", "topics", "stance", "negated", "future", "author_judgement", "proposition_key", "proposition_label", "temporal",
            "sort_date");
        foreach (var c in extract.Claims)
            claim.Insert(extract.Id, version, c.Id, c.Evidence.Sentence, c.Evidence.Start, c.Evidence.End, c.Text, c.Speaker.Id, c.Speaker.Name,
                c.Cue.Lemma, c.Cue.Type, c.Quoted, c.Date, string.Join(',', c.Topics), c.Stance, c.Negated, c.Future, c.AuthorJudgement,
                c.Proposition?.Key, c.Proposition?.Label, c.Proposition?.Temporal, c.Date ?? refDate);
    }

    private void InsertEvents(ExtractDocument extract, int version, SqliteTransaction tx)
    {
        using var insert = new BatchInsert(_connection, tx, "events",
            "document_id", "version", "event_id", "sentence", "start_offset", "end_offset", "trigger", "source_id", "source_name", "source_code",
            "target_id", "target_name", "target_code", "cameo", "cameo_name", "plover", "mode", "goldstein", "quad_class", "date",
            "date_precision", "date_from", "location", "country", "lat", "lon", "modality", "confidence", "symmetric",
            "place_id", "topics", "merge_block");
        foreach (var e in extract.Events)
            insert.Insert(extract.Id, version, e.Id, e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End, e.Trigger,
                e.Source?.Id, e.Source?.Name, e.Source?.Code, e.Target?.Id, e.Target?.Name, e.Target?.Code, e.Cameo, e.CameoName,
                e.Plover, e.Mode, e.Goldstein, e.QuadClass, e.Date?.Value, e.Date?.Precision, e.Date?.From,
                e.Location?.Name, e.Location?.Country, e.Location?.Lat, e.Location?.Lon, e.Modality, e.Confidence, e.Symmetric,
                e.Location?.PlaceId, e.Topics is { Count: > 0 } t ? string.Join(',', t) : null, MergeBlock(extract, e));
    }

    /// <summary>A prepared INSERT reused for many rows.</summary>
    private sealed class BatchInsert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public BatchInsert(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = tx;
            _command.CommandText = $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            _parameters = [.. columns.Select((_, i) => _command.Parameters.Add("$p" + i, SqliteType.Text))];
        }

        public void Insert(params object?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                var value = values[i] is bool b ? (b ? 1 : 0) : values[i];
                _parameters[i].SqliteType = value switch { int or long => SqliteType.Integer, double or float => SqliteType.Real, _ => SqliteType.Text };
                _parameters[i].Value = value ?? DBNull.Value;
            }
            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }
}
