using Relata.Documents;
using Relata.Time;

namespace Relata.Events.Coding;

/// <summary>Whether the text reports the event as having happened.</summary>
public enum EventModality : byte
{
    /// <summary>Reported as fact.</summary>
    Asserted,
    /// <summary>Planned, predicted, possible, conditional, asked for or in the future.</summary>
    Hypothetical,
    /// <summary>Reported as not having happened ("did not", "refused to", "never").</summary>
    Negated,
    /// <summary>An accusation or report the text does not vouch for ("allegedly", "accused of", denied by the target).</summary>
    Alleged,
}

/// <summary>The sentence an event was read from.</summary>
public sealed record EventEvidence(int Sentence, int Start, int End, string Text);

/// <summary>A participant; <see cref="Id"/> is null for a name the knowledge base does not know.</summary>
public sealed record EventActor(string? Id, string Name, string? Code, string? Country, TextSpan Span);

/// <param name="From">"sentence" (the sentence's own date), "context" (an earlier sentence of the paragraph) or "document" (the reference date).</param>
public sealed record EventDate(string Value, TimexPrecision Precision, string From);

/// <param name="Country">ISO 3166-1 alpha-3 code, or the alpha-2 code when the gazetteer has no alpha-3.</param>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon, string? PlaceId, TextSpan Span);

/// <summary>One coded event: who did what to whom, when and where, with the sentence it came from.</summary>
public sealed record CodedEvent
{
    /// <summary>Document-local id: "e1", "e2", … in text order.</summary>
    public required string Id { get; init; }
    public required EventEvidence Evidence { get; init; }
    /// <summary>Characters of the trigger word.</summary>
    public required TextSpan TriggerSpan { get; init; }
    /// <summary>Characters the matched pattern covers.</summary>
    public required TextSpan MatchSpan { get; init; }
    /// <summary>The pattern as written in its table, e.g. "remove + from * list" (events/08-yield.yaml:38).</summary>
    public required string Pattern { get; init; }
    public EventActor? Source { get; init; }
    public EventActor? Target { get; init; }
    public required string Cameo { get; init; }
    public required string CameoName { get; init; }
    /// <summary>PLOVER type, null for CAMEO 01x statements.</summary>
    public string? Plover { get; init; }
    public string? PloverMode { get; init; }
    public double Goldstein { get; init; }
    public int QuadClass { get; init; }
    public EventDate? Date { get; init; }
    public EventLocation? Location { get; init; }
    public EventModality Modality { get; init; }
    /// <summary>Which cue set the modality ("plans to", "allegedly", claim c3 …); null for asserted events.</summary>
    public string? ModalityCue { get; init; }
    public double Confidence { get; init; }
    public bool Symmetric { get; init; }
    /// <summary>Triggered by a noun pattern ("the visit to Kabul") rather than a verb.</summary>
    public bool Nominal { get; init; }
    public IReadOnlyList<string> Contexts { get; init; } = [];
}
