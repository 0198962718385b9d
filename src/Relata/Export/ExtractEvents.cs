using Relata.Events.Coding;

namespace Relata.Export;

/// <summary>An event participant: the linked actor with its code at the event's date.</summary>
public sealed record ExtractEventActor(string? Id, string Name, string? Code, string? Country);

/// <param name="From">Where the date came from: sentence, context or document.</param>
public sealed record ExtractEventDate(string Value, string Precision, string From);

/// <param name="PlaceId">Gazetteer id: "country:AF", "admin1:AF-KAB", "gn:&lt;GeoNames id&gt;"; null when unresolved.</param>
public sealed record ExtractLocation(string Name, string? Country, double? Lat, double? Lon, string? PlaceId = null);

/// <summary>One coded event (see docs/formats.md); field names follow GDELT/PLOVER usage where they overlap.</summary>
/// <param name="Topics">Policy areas of the event's sentence.</param>
/// <param name="MergedInto">Id of the earlier event of this document that reports the same real event, else null.</param>
/// <param name="Mentions">On the first report of an event the document mentions more than once: the ids of every report, itself included.</param>
public sealed record ExtractEvent(
    string Id, ExtractEvidence Evidence, ExtractEventActor? Source, ExtractEventActor? Target, string Cameo, string CameoName,
    string? Plover, string? Mode, double Goldstein, int QuadClass, ExtractEventDate? Date, ExtractLocation? Location,
    string Modality, string? ModalityCue, double Confidence, bool Symmetric, bool Nominal, IReadOnlyList<string> Contexts,
    string Trigger, IReadOnlyList<string>? Topics = null, string? MergedInto = null, IReadOnlyList<string>? Mentions = null);

internal static class ExtractEventsMapper
{
    public static ExtractEvent Map(CodedEvent e, string text, IReadOnlyList<string> topics) => new(
        e.Id,
        new ExtractEvidence(e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End, e.Evidence.Text),
        Actor(e.Source), Actor(e.Target), e.Cameo, e.CameoName, e.Plover, e.PloverMode, e.Goldstein, e.QuadClass,
        e.Date is { } d ? new ExtractEventDate(d.Value, d.Precision.ToString().ToLowerInvariant(), d.From) : null,
        e.Location is { } l ? new ExtractLocation(l.Name, l.Country, l.Lat, l.Lon, l.PlaceId) : null,
        e.Modality.ToString().ToLowerInvariant(), e.ModalityCue, Math.Round(e.Confidence, 3), e.Symmetric, e.Nominal, e.Contexts,
        e.TriggerSpan.Slice(text), topics);

    private static ExtractEventActor? Actor(EventActor? a) => a is null ? null : new(a.Id, a.Name, a.Code, a.Country);
}
