using System.Text.Json;
using Relata.Store;

namespace Relata.Export.Formats.Jsonl;

/// <summary>
/// One JSON object per line per fact, with the extract format's field names (docs/formats.md) plus <c>kind</c>
/// (event, claim, figure) and <c>document_id</c>, so every line stands alone.
/// </summary>
public static class JsonlExportWriter
{
    public static void Write(TextWriter writer, ExportSet set)
    {
        foreach (var e in set.Events) Line(writer, Event(e, set));
        foreach (var c in set.Claims) Line(writer, Claim(c));
        foreach (var f in set.Figures) Line(writer, Figure(f));
    }

    internal sealed record EventLine(
        string Kind, string DocumentId, string Id, ExtractEvidence Evidence, ExtractEventActor? Source, ExtractEventActor? Target,
        string Cameo, string CameoName, string? Plover, string? Mode, double Goldstein, int QuadClass, ExtractEventDate? Date,
        ExtractLocation? Location, string Modality, double Confidence, bool Symmetric, string Trigger, string Provenance,
        string? ExternalId, string? SourceUrl, string? Outlet);

    internal sealed record ClaimLine(
        string Kind, string DocumentId, string Id, ExtractEvidence Evidence, ExtractSpeaker Speaker, ExtractCue Cue, bool Quoted,
        string Text, string? Date, IReadOnlyList<string> Topics, string? Stance, bool Negated, bool Future, bool AuthorJudgement,
        ExtractProposition? Proposition);

    internal sealed record FigureLine(
        string Kind, string DocumentId, ExtractEvidence Evidence, string Text, double Value, string Unit, string Dimension,
        bool Approximate, string? Qualifier, double? Change, FigureMeasure? Measure, FigurePeriod? Period, JsonElement? Actors,
        string? DocumentDate);

    internal sealed record FigureMeasure(string Text);

    internal sealed record FigurePeriod(string Value);

    private static EventLine Event(ExportEvent x, ExportSet set)
    {
        var e = x.Event;
        ExtractEventActor? Actor(string? id, string? name, string? code) =>
            name is null && id is null ? null : new ExtractEventActor(id, name ?? id!, code, set.Actor(id)?.Country);
        var document = set.Document(e.Evidence.DocumentId);
        return new EventLine("event", e.Evidence.DocumentId, e.EventId, Evidence(e.Evidence),
            Actor(e.SourceId, e.SourceName, e.SourceCode), Actor(e.TargetId, e.TargetName, e.TargetCode),
            e.Cameo, e.CameoName, e.Plover, e.Mode, e.Goldstein, e.QuadClass,
            e.Date is null ? null : new ExtractEventDate(e.Date, e.DatePrecision ?? "day", e.DateFrom ?? "document"),
            e.Location is null ? null : new ExtractLocation(e.Location, e.Country, e.Lat, e.Lon),
            e.Modality, e.Confidence, e.Symmetric, e.Trigger, x.Origin.Provenance, x.Origin.ExternalId,
            x.Origin.SourceUrl ?? document?.Url, x.Origin.Outlet ?? document?.Outlet);
    }

    private static ClaimLine Claim(ClaimRecord c) => new(
        "claim", c.Evidence.DocumentId, c.ClaimId, Evidence(c.Evidence), new ExtractSpeaker(c.SpeakerId, c.SpeakerName, null, c.SpeakerName),
        new ExtractCue(c.Cue, c.CueType, null, null), c.Quoted, c.Text, c.Date,
        c.Topics is { Length: > 0 } t ? t.Split(',') : [], c.Stance, c.Negated, c.Future, c.AuthorJudgement,
        c.PropositionKey is null ? null : new ExtractProposition(c.PropositionKey, c.PropositionLabel ?? c.PropositionKey, null, null, null, c.Temporal ?? "present"));

    private static FigureLine Figure(FigureRecord f)
    {
        JsonElement? actors = f.Actors is null ? null : JsonDocument.Parse(f.Actors).RootElement.Clone();
        return new FigureLine("figure", f.Evidence.DocumentId, Evidence(f.Evidence), f.Text, f.Value, f.Unit, f.Dimension, f.Approximate,
            f.Qualifier, f.Change, f.Measure is null ? null : new FigureMeasure(f.Measure), f.Period is null ? null : new FigurePeriod(f.Period),
            actors, f.DocumentDate);
    }

    private static ExtractEvidence Evidence(EvidenceRef e) => new(e.Sentence, e.Start, e.End, e.SentenceText);

    private static void Line<T>(TextWriter writer, T record)
    {
        writer.Write(JsonSerializer.Serialize(record, ExtractJson.Options));
        writer.Write('\n');
    }
}
