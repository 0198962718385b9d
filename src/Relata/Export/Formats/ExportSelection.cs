using System.Text.Json;
using Relata.Actors;
using Relata.Store;

namespace Relata.Export.Formats;

/// <summary>Reads what an export writes from the store: facts that pass the filter, with their actors and documents.</summary>
public static class ExportSelection
{
    public static ExportSet Select(IRelataStore store, ExportFilter filter, ActorKnowledgeBase? kb = null)
    {
        var topics = filter.Topic is null ? null : new SentenceTopics(store, filter.Topic);
        var origins = store.EventOrigins();
        var events = store.Events(new EventQuery(Actor: filter.Actor, Limit: filter.Limit))
            .Where(e => filter.InPeriod(e.Date) && (topics?.Has(e.Evidence) ?? true))
            .Select(e => new ExportEvent(e, origins.GetValueOrDefault((e.Evidence.DocumentId, e.EventId)) ?? new EventOrigin(EventOrigin.Text)))
            .ToList();
        var claims = store.Claims(new ClaimQuery(Speaker: filter.Actor, Topic: filter.Topic, Limit: filter.Limit))
            .Where(c => filter.InPeriod(c.Date))
            .ToList();
        var figures = store.Figures(new FigureQuery(Actor: filter.Actor, Limit: filter.Limit))
            .Where(f => filter.InPeriod(f.Period ?? f.DocumentDate) && (topics?.Has(f.Evidence) ?? true))
            .ToList();

        var documents = store.ListDocuments().ToDictionary(d => d.Id, d => new ExportDocument(
            d.Id, d.Metadata.Title, d.Metadata.Url, d.Metadata.Outlet,
            d.Metadata.PublishedDate is { } p ? ExtractMapper.IsoDate(p) : null, d.Format), StringComparer.Ordinal);
        var iso2 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string country in events.Select(e => e.Event.Country).OfType<string>().Distinct())
            if (kb?.Get(country)?.Iso2 is { } code) iso2[country] = code.ToLowerInvariant();
            else if (country.Length == 2) iso2[country] = country.ToLowerInvariant();
        return new ExportSet(events, claims, figures, Actors(events, claims, figures, kb), documents) { Iso2ByCountry = iso2 };
    }

    private static Dictionary<string, ExportActor> Actors(
        IEnumerable<ExportEvent> events, IEnumerable<ClaimRecord> claims, IEnumerable<FigureRecord> figures, ActorKnowledgeBase? kb)
    {
        var actors = new Dictionary<string, ExportActor>(StringComparer.Ordinal);
        void Add(string? id, string? name, string? code)
        {
            if (id is null || actors.ContainsKey(id)) return;
            actors[id] = Describe(id, name ?? id, code, kb);
        }
        foreach (var e in events.Select(x => x.Event))
        {
            Add(e.SourceId, e.SourceName, e.SourceCode);
            Add(e.TargetId, e.TargetName, e.TargetCode);
        }
        foreach (var c in claims) Add(c.SpeakerId, c.SpeakerName, null);
        foreach (var f in figures)
            foreach (var (id, text) in FigureActors(f.Actors))
                Add(id, text, null);
        return actors;
    }

    /// <summary>Knowledge-base data for an actor id; the name and code the store holds when the knowledge base does not know it.</summary>
    public static ExportActor Describe(string id, string name, string? code, ActorKnowledgeBase? kb)
    {
        if (kb?.Get(id) is not { } actor) return new ExportActor(id, name, null, code, null, null);
        string? state = kb.StateOf(actor.Id) ?? actor.Country;
        string? iso2 = state is null ? null : kb.Get(state)?.Iso2?.ToLowerInvariant();
        return new ExportActor(actor.Id, actor.Name, ExtractActorsMapper.Name(actor.Type), actor.Cameo ?? code, state, iso2, actor.Wikidata);
    }

    /// <summary>The linked actors of a figure (the store keeps them as JSON: [{text, start, end, id}]).</summary>
    public static IEnumerable<(string Id, string Text)> FigureActors(string? json)
    {
        if (json is null) yield break;
        using var doc = JsonDocument.Parse(json);
        var list = new List<(string, string)>();
        foreach (var a in doc.RootElement.EnumerateArray())
            if (a.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                list.Add((id.GetString()!, a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : ""));
        foreach (var x in list) yield return x;
    }

    /// <summary>Which sentences carry a topic, read from each document's stored extract record once.</summary>
    private sealed class SentenceTopics(IRelataStore store, string topic)
    {
        private readonly Dictionary<string, HashSet<int>> _byDocument = new(StringComparer.Ordinal);

        public bool Has(EvidenceRef evidence)
        {
            if (!_byDocument.TryGetValue(evidence.DocumentId, out var sentences))
            {
                var extract = store.GetExtractJson(evidence.DocumentId) is { } json ? ExtractJson.Deserialize(json) : null;
                sentences = extract?.Topics.Where(t => string.Equals(t.Topic, topic, StringComparison.OrdinalIgnoreCase))
                    .Select(t => t.Sentence).ToHashSet() ?? [];
                _byDocument[evidence.DocumentId] = sentences;
            }
            return sentences.Contains(evidence.Sentence);
        }
    }
}
