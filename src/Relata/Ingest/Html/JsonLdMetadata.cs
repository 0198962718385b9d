using System.Text.Json;

namespace Relata.Ingest.Html;

/// <summary>The article fields of schema.org JSON-LD blocks: headline, author, publisher, datePublished, url.</summary>
internal sealed record JsonLdMetadata(string? Headline, string? Author, string? Publisher, string? DatePublished, string? Url)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdMetadata Read(IEnumerable<string> scripts)
    {
        string? headline = null, author = null, publisher = null, date = null, url = null;
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, Options);
                foreach (var node in Objects(json.RootElement))
                {
                    headline ??= Str(node, "headline");
                    date ??= Str(node, "datePublished") ?? Str(node, "dateCreated");
                    author ??= Names(node, "author");
                    publisher ??= Names(node, "publisher");
                    if (node.TryGetProperty("headline", out _)) url ??= Str(node, "url") ?? Str(node, "mainEntityOfPage");
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block only loses its metadata.
            }
        }
        return new JsonLdMetadata(headline, author, publisher, date, url);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var o in Objects(item)) yield return o;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph)) yield return o;
        }
    }

    private static string? Str(JsonElement node, string name) =>
        node.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string? Names(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var v)) return null;
        var names = (v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : Str(x, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n!.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
