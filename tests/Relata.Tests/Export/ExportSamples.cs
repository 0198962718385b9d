using Relata.Export.Formats;
using Relata.Store;

namespace Relata.Tests.Export;

/// <summary>A small invented export: dated at day, month and year precision, located and not, imported and text-derived.</summary>
public static class ExportSamples
{
    public static readonly DateOnly Today = new(2025, 1, 31);

    private static EvidenceRef Evidence(string doc, int sentence, string text, string title) => new(doc, sentence, sentence * 100, sentence * 100 + text.Length, text, title);

    public static EventRecord Event(
        string id, string? sourceId, string? sourceName, string? targetId, string? targetName, string cameo, string cameoName, int quad,
        double goldstein, string? date, string? precision, string? location = null, string? country = null, double? lat = null, double? lon = null,
        string modality = "asserted", string doc = "doc-a", int sentence = 0, string? text = null, string? plover = null) =>
        new(id, "met", sourceId, sourceName, sourceId, targetId, targetName, targetId, cameo, cameoName, plover, null, goldstein, quad, date,
            precision, date is null ? null : "sentence", location, country, lat, lon, modality, 0.9, false,
            Evidence(doc, sentence, text ?? $"{sourceName} and {targetName}: {cameoName}.", doc == "doc-a" ? "Envoys meet" : "Grain talks"));

    public static ExportSet Set()
    {
        var events = new List<ExportEvent>
        {
            new(Event("e1", "RUS", "Russia", "AFG", "Afghanistan", "040", "Consult, not specified below", 1, 1.0, "2024-03-05", "day",
                "Kabul", "AFG", 34.5167, 69.1833, text: "The envoy said, \"talks went well\", and left Kabul\nthe same day.", plover: "CONSULT"),
                new EventOrigin(EventOrigin.Text)),
            new(Event("e2", "RUS", "Russia", "AFG", "Afghanistan", "057", "Sign formal agreement", 1, 8.0, "2024-04", "month", sentence: 1,
                plover: "AGREE"), new EventOrigin(EventOrigin.Text)),
            new(Event("e3", "AFG", "Afghanistan", "RUS", "Russia", "061", "Cooperate economically", 2, 6.4, "2023", "year", doc: "doc-b",
                plover: "COOPERATE"), new EventOrigin(EventOrigin.Text)),
            new(Event("e1", null, "Northern Militia", "AFG", "Afghanistan", "190", "Use conventional military force, not specified below", 4, -10,
                "2024-05-02", "day", "Herat, Afghanistan", "AFG", 34.3482, 62.1997, doc: "gdelt-x", plover: "FIGHT"),
                new EventOrigin(EventOrigin.Imported, "1176000009", "https://news.example.org/herat", "news.example.org")),
            new(Event("e4", "RUS", "Russia", "AFG", "Afghanistan", "036", "Express intent to meet or negotiate", 1, 4.0, "2024-06-10", "day",
                modality: "hypothetical", sentence: 2), new EventOrigin(EventOrigin.Text)),
            new(Event("e5", "RUS", "Russia", null, null, "010", "Make statement, not specified below", 1, 0, null, null, sentence: 3),
                new EventOrigin(EventOrigin.Text)),
        };
        var claims = new List<ClaimRecord>
        {
            new("c1", "RUS", "Russia", "say", "neutral", true, "recognition is a matter for later", "2024-03-05", "diplomacy,security", "against",
                false, true, false, "RUS:recognise:AFG", "Russia recognises Afghanistan", "future", Evidence("doc-a", 4, "Russia said recognition is a matter for later.", "Envoys meet")),
        };
        var figures = new List<FigureRecord>
        {
            new("$1.2 billion", 1.2e9, "USD", "money", true, "about", 0.25, "bilateral trade", "2024", """[{"text":"Russia","start":5,"end":11,"id":"RUS"}]""",
                "2024-06-01", Evidence("doc-b", 2, "Trade with Russia reached about $1.2 billion in 2024, up 25%.", "Grain talks")),
        };
        var actors = new Dictionary<string, ExportActor>
        {
            ["RUS"] = new("RUS", "Russia", "state", "RUS", "RUS", "ru", "Q159"),
            ["AFG"] = new("AFG", "Afghanistan", "state", "AFG", "AFG", "af", "Q889"),
        };
        var documents = new Dictionary<string, ExportDocument>
        {
            ["doc-a"] = new("doc-a", "Envoys meet", "https://wire.example.com/envoys", "Example Wire", "2024-03-06", "txt"),
            ["doc-b"] = new("doc-b", "Grain talks", null, null, null, "md"),
            ["gdelt-x"] = new("gdelt-x", "GDELT events from x.CSV", null, "GDELT", null, "gdelt"),
        };
        return new ExportSet(events, claims, figures, actors, documents) { Iso2ByCountry = new Dictionary<string, string> { ["AFG"] = "af" } };
    }

    public static ExportSet Empty() => new([], [], [], new Dictionary<string, ExportActor>(), new Dictionary<string, ExportDocument>());
}
