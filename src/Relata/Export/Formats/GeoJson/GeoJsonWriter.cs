using System.Text.Json.Nodes;

namespace Relata.Export.Formats.GeoJson;

/// <summary>A GeoJSON (RFC 7946) FeatureCollection: one Point per event with coordinates, [longitude, latitude] in that order.</summary>
public static class GeoJsonWriter
{
    public static void Write(TextWriter writer, ExportSet set)
    {
        var features = new JsonArray();
        foreach (var x in set.Events)
        {
            var e = x.Event;
            if (e.Lat is not { } lat || e.Lon is not { } lon || double.IsNaN(lat) || double.IsNaN(lon)) continue;
            var document = set.Document(e.Evidence.DocumentId);
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = x.Key,
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
                ["properties"] = ExportJson.Object(
                    ("event_id", x.Key), ("event_date", e.Date), ("date_precision", e.DatePrecision),
                    ("headline", ExportJson.Headline(e)),
                    ("source_actor_id", e.SourceId), ("source_actor_name", e.SourceName), ("source_actor_code", e.SourceCode),
                    ("target_actor_id", e.TargetId), ("target_actor_name", e.TargetName), ("target_actor_code", e.TargetCode),
                    ("cameo_code", e.Cameo), ("cameo_name", e.CameoName), ("quad_class", e.QuadClass), ("goldstein", e.Goldstein),
                    ("plover_type", e.Plover), ("modality", e.Modality), ("location_name", e.Location), ("country", e.Country),
                    ("provenance", x.Origin.Provenance), ("document_id", e.Evidence.DocumentId), ("sentence", e.Evidence.Sentence),
                    ("evidence_text", e.Evidence.SentenceText), ("source_url", x.Origin.SourceUrl ?? document?.Url)),
            });
        }
        ExportJson.Write(writer, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features });
    }
}
