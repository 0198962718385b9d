using Relata.Events.Coding;

namespace Relata.Export;

/// <summary>An event participant: the linked actor with its code at the event's date.</summary>
public sealed record ExtractEventActor(string? Id, string Name, string? Code, string? Country);

/// <param name="From">Where the date came from: sentence, context or document.</param>
public sealed record ExtractEventDate(string Value, string Precision, string From);

public sealed record ExtractLocation(string Name, string? Country, double? Lat, double? Lon);

/// <summary>One coded event (see docs/formats.md); field names follow GDELT/PLOVER usage where they overlap.</summary>
public sealed record ExtractEvent(
    string Id, ExtractEvidence Evidence, ExtractEventActor? Source, ExtractEventActor? Target, string Cameo, string CameoName,
    string? Plover, string? Mode, double Goldstein, int QuadClass, ExtractEventDate? Date, ExtractLocation? Location,
    string Modality, string? ModalityCue, double Confidence, bool Symmetric, bool Nominal, IReadOnlyList<string> Contexts,
    string Trigger);

internal static class ExtractEventsMapper
{
    public static ExtractEvent Map(CodedEvent e, string text) => new(
        e.Id,
        new ExtractEvidence(e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End, e.Evidence.Text),
        Actor(e.Source), Actor(e.Target), e.Cameo, e.CameoName, e.Plover, e.PloverMode, e.Goldstein, e.QuadClass,
        e.Date is { } d ? new ExtractEventDate(d.Value, d.Precision.ToString().ToLowerInvariant(), d.From) : null,
        e.Location is { } l ? new ExtractLocation(l.Name, l.Country, l.Lat, l.Lon) : null,
        e.Modality.ToString().ToLowerInvariant(), e.ModalityCue, Math.Round(e.Confidence, 3), e.Symmetric, e.Nominal, e.Contexts,
        e.TriggerSpan.Slice(text));

    private static ExtractEventActor? Actor(EventActor? a) => a is null ? null : new(a.Id, a.Name, a.Code, a.Country);
}
