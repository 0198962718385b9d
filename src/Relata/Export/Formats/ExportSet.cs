using Relata.Store;

namespace Relata.Export.Formats;

/// <summary>An actor as the exports describe it; knowledge-base data when the actor is known.</summary>
/// <param name="Type">state, body, organisation, armed_group, person, … (null for a name the knowledge base does not know).</param>
/// <param name="Country">Id of the state it belongs to (its own id for states).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code of that state, lower-case as FollowTheMoney wants it.</param>
public sealed record ExportActor(string Id, string Name, string? Type, string? Code, string? Country, string? Iso2, string? Wikidata = null);

/// <summary>A stored event with where it came from.</summary>
public sealed record ExportEvent(EventRecord Event, EventOrigin Origin)
{
    /// <summary>Unique across the store: "document-id:e3".</summary>
    public string Key => $"{Event.Evidence.DocumentId}:{Event.EventId}";
}

public sealed record ExportDocument(string Id, string? Title, string? Url, string? Outlet, string? Published, string Format);

/// <summary>Everything one export writes: the selected facts plus the actors and documents they point to.</summary>
public sealed record ExportSet(
    IReadOnlyList<ExportEvent> Events,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<FigureRecord> Figures,
    IReadOnlyDictionary<string, ExportActor> Actors,
    IReadOnlyDictionary<string, ExportDocument> Documents)
{
    /// <summary>ISO alpha-2 codes (lower-case) of the event location countries, which the store keeps as alpha-3.</summary>
    public IReadOnlyDictionary<string, string> Iso2ByCountry { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty => Events.Count == 0 && Claims.Count == 0 && Figures.Count == 0;

    public ExportActor? Actor(string? id) => id is not null && Actors.TryGetValue(id, out var a) ? a : null;

    public ExportDocument? Document(string id) => Documents.GetValueOrDefault(id);
}
