using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Relata.Export.Formats;

/// <summary>Shared JSON output for the JSON-based exports (TimelineJS, GeoJSON, FollowTheMoney).</summary>
internal static class ExportJson
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter writer, JsonNode node, bool indented = true)
    {
        writer.Write(node.ToJsonString(indented ? Indented : Compact));
        writer.Write('\n');
    }

    /// <summary>An object without its null-valued properties.</summary>
    public static JsonObject Object(params (string Key, JsonNode? Value)[] properties)
    {
        var o = new JsonObject();
        foreach (var (key, value) in properties)
            if (value is not null) o[key] = value;
        return o;
    }

    /// <summary>"Russia — Consult — Afghanistan": who did what to whom.</summary>
    public static string Headline(Store.EventRecord e) =>
        string.Join(" — ", new[] { e.SourceName, e.CameoName, e.TargetName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
