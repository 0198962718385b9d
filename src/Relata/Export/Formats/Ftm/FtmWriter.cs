using System.Globalization;
using System.Text.Json.Nodes;

namespace Relata.Export.Formats.Ftm;

/// <summary>
/// FollowTheMoney entities for Aleph (JSON lines of <c>{id, schema, properties}</c>, every property a list of strings):
/// actors as Person, PublicBody (states, governments, their bodies), Organization (organisations, armed groups, outlets)
/// or LegalEntity (names the knowledge base does not know); each event as an <c>Event</c> with organizer and involved;
/// each source as a <c>Document</c>, linked to its events by <c>Documentation</c>. FtM has no schema for claims or figures.
/// </summary>
public static class FtmWriter
{
    public static void Write(TextWriter writer, ExportSet set)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        void Emit(string id, string schema, params (string Property, string?[] Values)[] properties)
        {
            if (!written.Add(id)) return;
            var props = new JsonObject();
            foreach (var (property, values) in properties)
            {
                var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
                if (list.Count > 0) props[property] = new JsonArray([.. list.Select(v => (JsonNode)v!)]);
            }
            ExportJson.Write(writer, new JsonObject { ["id"] = id, ["schema"] = schema, ["properties"] = props }, indented: false);
        }

        string? ActorEntity(string? id, string? name, string? code)
        {
            if (id is null && string.IsNullOrWhiteSpace(name)) return null;
            var actor = set.Actor(id);
            string? cameo = code ?? actor?.Code;
            string entity = id is not null ? "relata.actor." + id : "relata.name." + name!.Trim();
            Emit(entity, Schema(actor?.Type), ("name", [actor?.Name ?? name ?? id]), ("country", [actor?.Iso2]),
                ("wikidataId", [actor?.Wikidata]), ("notes", [cameo is null ? null : "CAMEO actor code " + cameo]));
            return entity;
        }

        foreach (var x in set.Events)
        {
            var e = x.Event;
            string? source = ActorEntity(e.SourceId, e.SourceName, e.SourceCode);
            string? target = ActorEntity(e.TargetId, e.TargetName, e.TargetCode);
            var document = set.Document(e.Evidence.DocumentId);
            string documentEntity = "relata.doc." + e.Evidence.DocumentId;
            Emit(documentEntity, "Document", ("title", [document?.Title ?? e.Evidence.Title ?? e.Evidence.DocumentId]),
                ("sourceUrl", [document?.Url]), ("publisher", [document?.Outlet]), ("publishedAt", [document?.Published]));
            string eventEntity = "relata.event." + x.Key;
            Emit(eventEntity, "Event",
                ("name", [ExportJson.Headline(e)]),
                ("summary", [e.Evidence.SentenceText]),
                ("description", [$"CAMEO {e.Cameo} {e.CameoName}; PLOVER {e.Plover ?? "-"}{(e.Mode is null ? "" : "/" + e.Mode)}; "
                    + $"Goldstein {e.Goldstein.ToString("0.#", CultureInfo.InvariantCulture)}; {e.Modality}; provenance {x.Origin.Provenance}"]),
                ("date", [e.Date]),
                ("location", [e.Location]),
                ("country", [e.Country is null ? null : set.Iso2ByCountry.GetValueOrDefault(e.Country)]),
                ("organizer", [source]),
                ("involved", [source, target]),
                ("sourceUrl", [x.Origin.SourceUrl ?? document?.Url]),
                ("publisher", [x.Origin.Outlet ?? document?.Outlet]),
                ("recordId", [x.Origin.ExternalId ?? x.Key]),
                ("proof", [documentEntity]));
            Emit("relata.evidence." + x.Key, "Documentation",
                ("document", [documentEntity]), ("entity", [eventEntity]), ("role", [$"evidence (sentence {e.Evidence.Sentence})"]));
        }
    }

    /// <summary>The FtM schema for a Relata actor type.</summary>
    public static string Schema(string? actorType) => actorType switch
    {
        "person" => "Person",
        "state" or "historical_state" or "government" or "body" => "PublicBody",
        "organisation" or "armed_group" or "movement" or "outlet" => "Organization",
        _ => "LegalEntity",
    };
}
