using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relata.Export;

/// <summary>JSON settings shared by extract output, the store and the HTTP API: snake_case, no nulls dropped.</summary>
public static class ExtractJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(ExtractDocument document, bool indented = false) =>
        JsonSerializer.Serialize(document, indented ? Indented : Options);

    public static ExtractDocument? Deserialize(string json) => JsonSerializer.Deserialize<ExtractDocument>(json, Options);
}
