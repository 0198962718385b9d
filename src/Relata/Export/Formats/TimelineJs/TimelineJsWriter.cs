using System.Net;
using System.Text.Json.Nodes;
using Relata.Events.Ontology;

namespace Relata.Export.Formats.TimelineJs;

/// <summary>
/// TimelineJS 3 JSON: a title slide and one slide per dated event. <c>start_date</c> states only what the date's
/// precision supports (a month-precise event has no day); events grouped by CAMEO root category. Undated events are left out.
/// </summary>
public static class TimelineJsWriter
{
    public static void Write(TextWriter writer, ExportSet set, string title = "Relata timeline")
    {
        var events = new JsonArray();
        int documents = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in set.Events)
        {
            var e = x.Event;
            if (ExportDates.Parse(e.Date, e.DatePrecision) is not { } date) continue;
            if (seen.Add(e.Evidence.DocumentId)) documents++;
            var document = set.Document(e.Evidence.DocumentId);
            string source = document?.Title ?? e.Evidence.Title ?? e.Evidence.DocumentId;
            string? url = x.Origin.SourceUrl ?? document?.Url;
            string text = $"<p>{Html(e.Evidence.SentenceText)}</p><p>{(url is null ? Html(source) : $"<a href=\"{Html(url)}\">{Html(source)}</a>")}"
                + $" · {Html(e.Modality)} · CAMEO {Html(e.Cameo)}{(x.Origin.Provenance == "text" ? "" : " · " + Html(x.Origin.Provenance))}</p>";
            events.Add(ExportJson.Object(
                ("unique_id", x.Key.Replace(':', '-')),
                ("start_date", ExportJson.Object(("year", date.Year), ("month", date.Month), ("day", date.Day),
                    ("display_date", e.Date))),
                ("text", ExportJson.Object(("headline", Html(ExportJson.Headline(e))), ("text", text))),
                ("group", Group(e.Cameo))));
        }
        var root = new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = new JsonObject { ["headline"] = Html(title), ["text"] = $"<p>{events.Count} events from {documents} documents</p>" },
            },
            ["events"] = events,
        };
        ExportJson.Write(writer, root);
    }

    private static string Group(string cameo) =>
        cameo.Length >= 2 && EventOntology.Default.TryCameo(cameo[..2], out var root) ? root.Name : cameo;

    private static string Html(string s) => WebUtility.HtmlEncode(s);
}
