using System.Globalization;
using CsvHelper;
using Relata.Store;

namespace Relata.Export.Formats.Csv;

/// <summary>
/// RFC 4180 CSV (comma, CRLF, quotes doubled) with a header row: one table each for events, claims and figures.
/// Column names are documented in docs/formats.md; event columns follow GDELT/PLOVER naming where they overlap.
/// </summary>
public static class CsvExportWriter
{
    public static readonly string[] EventColumns =
    [
        "event_id", "event_date", "date_precision", "date_from",
        "source_actor_id", "source_actor_name", "source_actor_code", "source_actor_country",
        "target_actor_id", "target_actor_name", "target_actor_code", "target_actor_country",
        "cameo_code", "cameo_name", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
        "modality", "confidence", "symmetric", "trigger", "location_name", "country", "lat", "lon",
        "provenance", "external_id", "document_id", "document_title", "sentence", "evidence_start", "evidence_end", "evidence_text",
        "source_url", "outlet",
    ];

    public static readonly string[] ClaimColumns =
    [
        "claim_id", "claim_date", "speaker_id", "speaker_name", "cue", "cue_type", "quoted", "stance", "negated", "future",
        "author_judgement", "proposition_key", "proposition_label", "temporal", "topics", "claim_text",
        "document_id", "document_title", "sentence", "evidence_start", "evidence_end", "evidence_text", "source_url",
    ];

    public static readonly string[] FigureColumns =
    [
        "figure_text", "value", "unit", "dimension", "approximate", "qualifier", "change", "measure", "period", "actor_ids",
        "document_date", "document_id", "document_title", "sentence", "evidence_start", "evidence_end", "evidence_text", "source_url",
    ];

    public static void WriteEvents(TextWriter writer, ExportSet set) =>
        Write(writer, EventColumns, set.Events, x =>
        {
            var e = x.Event;
            var source = set.Actor(e.SourceId);
            var target = set.Actor(e.TargetId);
            return
            [
                x.Key, e.Date, e.DatePrecision, e.DateFrom,
                e.SourceId, e.SourceName, e.SourceCode, source?.Country,
                e.TargetId, e.TargetName, e.TargetCode, target?.Country,
                e.Cameo, e.CameoName, e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo, N(e.QuadClass), N(e.Goldstein), e.Plover, e.Mode,
                e.Modality, N(e.Confidence), B(e.Symmetric), e.Trigger, e.Location, e.Country, N(e.Lat), N(e.Lon),
                x.Origin.Provenance, x.Origin.ExternalId, e.Evidence.DocumentId, e.Evidence.Title, N(e.Evidence.Sentence),
                N(e.Evidence.Start), N(e.Evidence.End), e.Evidence.SentenceText,
                x.Origin.SourceUrl ?? set.Document(e.Evidence.DocumentId)?.Url, x.Origin.Outlet ?? set.Document(e.Evidence.DocumentId)?.Outlet,
            ];
        });

    public static void WriteClaims(TextWriter writer, ExportSet set) =>
        Write(writer, ClaimColumns, set.Claims, c =>
        [
            $"{c.Evidence.DocumentId}:{c.ClaimId}", c.Date, c.SpeakerId, c.SpeakerName, c.Cue, c.CueType, B(c.Quoted), c.Stance, B(c.Negated),
            B(c.Future), B(c.AuthorJudgement), c.PropositionKey, c.PropositionLabel, c.Temporal, c.Topics?.Replace(',', ';'), c.Text,
            c.Evidence.DocumentId, c.Evidence.Title, N(c.Evidence.Sentence), N(c.Evidence.Start), N(c.Evidence.End), c.Evidence.SentenceText,
            set.Document(c.Evidence.DocumentId)?.Url,
        ]);

    public static void WriteFigures(TextWriter writer, ExportSet set) =>
        Write(writer, FigureColumns, set.Figures, f =>
        [
            f.Text, N(f.Value), f.Unit, f.Dimension, B(f.Approximate), f.Qualifier, N(f.Change), f.Measure, f.Period,
            string.Join(';', ExportSelection.FigureActors(f.Actors).Select(a => a.Id).Distinct()),
            f.DocumentDate, f.Evidence.DocumentId, f.Evidence.Title, N(f.Evidence.Sentence), N(f.Evidence.Start), N(f.Evidence.End),
            f.Evidence.SentenceText, set.Document(f.Evidence.DocumentId)?.Url,
        ]);

    private static void Write<T>(TextWriter writer, string[] columns, IEnumerable<T> rows, Func<T, string?[]> fields)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture }, true);
        foreach (var c in columns) csv.WriteField(c);
        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var value in fields(row)) csv.WriteField(value ?? "");
            csv.EndRecord();
        }
        csv.Flush();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? N(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);

    private static string B(bool b) => b ? "true" : "false";
}
