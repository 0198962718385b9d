using Relata.Export.Formats.Ftm;
using Relata.Export.Formats.GeoJson;
using Relata.Export.Formats.Gexf;
using Relata.Export.Formats.Jsonl;
using Relata.Export.Formats.TimelineJs;

namespace Relata.Export.Formats;

public enum ExportFormat { Csv, Jsonl, Gexf, TimelineJs, GeoJson, Ftm }

/// <summary>Names, file extensions, emptiness checks and the single-file writers of the export formats.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["csv", "jsonl", "gexf", "timelinejs", "geojson", "ftm"];

    public static ExportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" => ExportFormat.Jsonl,
        "gexf" => ExportFormat.Gexf,
        "timelinejs" => ExportFormat.TimelineJs,
        "geojson" => ExportFormat.GeoJson,
        "ftm" => ExportFormat.Ftm,
        _ => throw new ArgumentException($"unknown export format '{name}' (expected {string.Join(", ", Names)})", nameof(name)),
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Jsonl => ".jsonl",
        ExportFormat.Gexf => ".gexf",
        ExportFormat.TimelineJs => ".json",
        ExportFormat.GeoJson => ".geojson",
        _ => ".ftm.json",
    };

    /// <summary>Why the format would have nothing to write for this selection, or null when it has something.</summary>
    public static string? Nothing(ExportFormat format, ExportSet set) => format switch
    {
        ExportFormat.Csv or ExportFormat.Jsonl when set.IsEmpty => "no events, claims or figures match",
        ExportFormat.Gexf when GexfNetwork.Build(set).Edges.Count == 0 => "no asserted events between two actors match",
        ExportFormat.TimelineJs when !set.Events.Any(e => ExportDates.Parse(e.Event.Date, e.Event.DatePrecision) is not null) => "no dated events match",
        ExportFormat.GeoJson when !set.Events.Any(e => e.Event.Lat is not null && e.Event.Lon is not null) => "no events with coordinates match",
        ExportFormat.Ftm when set.Events.Count == 0 => "no events match",
        _ => null,
    };

    /// <summary>Writes a single-file format (all but CSV, which writes one table per fact kind).</summary>
    /// <param name="today">Date stamped into formats that carry one (GEXF meta), passed in so output is reproducible.</param>
    public static void Write(ExportFormat format, TextWriter writer, ExportSet set, DateOnly today)
    {
        switch (format)
        {
            case ExportFormat.Jsonl: JsonlExportWriter.Write(writer, set); break;
            case ExportFormat.Gexf: GexfWriter.Write(writer, GexfNetwork.Build(set), today, "Actor interactions coded by Relata (asserted events)"); break;
            case ExportFormat.TimelineJs: TimelineJsWriter.Write(writer, set); break;
            case ExportFormat.GeoJson: GeoJsonWriter.Write(writer, set); break;
            case ExportFormat.Ftm: FtmWriter.Write(writer, set); break;
            default: throw new ArgumentException("CSV writes one file per table: use CsvExportWriter", nameof(format));
        }
    }
}
