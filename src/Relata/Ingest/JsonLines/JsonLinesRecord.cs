using System.Text.Json;

namespace Relata.Ingest.JsonLines;

/// <summary>One JSON Lines record: {"id","text","title"?,"date"?,"url"?,"author"?,"outlet"?}.</summary>
internal sealed record JsonLinesRecord(string Id, string Text, string? Title, string? Date, string? Url, string? Author, string? Outlet)
{
    /// <summary>Parses one line; returns the reason when the line is not a usable record.</summary>
    public static JsonLinesRecord? Parse(string line, out string? error)
    {
        error = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            error = $"malformed JSON ({FirstSentence(e.Message)})";
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "record is not a JSON object";
                return null;
            }
            string? id = Scalar(root, "id");
            string? text = Str(root, "text");
            if (string.IsNullOrWhiteSpace(id)) { error = "record has no \"id\""; return null; }
            if (string.IsNullOrWhiteSpace(text)) { error = "record has no \"text\""; return null; }
            return new JsonLinesRecord(id.Trim(), text, Str(root, "title"), Str(root, "date"), Str(root, "url"), Str(root, "author"), Str(root, "outlet"));
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Ids may be numbers in the wild; they are kept as their JSON text.</summary>
    private static string? Scalar(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var v) ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : v.ValueKind == JsonValueKind.Number ? v.GetRawText()
        : null;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return (dot > 0 ? message[..dot] : message).TrimEnd('.');
    }
}
