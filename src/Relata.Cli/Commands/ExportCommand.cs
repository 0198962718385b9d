using System.CommandLine;
using System.Text;
using Relata.Actors;
using Relata.Export.Formats;
using Relata.Export.Formats.Csv;

namespace Relata.Cli.Commands;

internal static class ExportCommand
{
    /// <summary>Exit code when the selection holds nothing the format can write: no file is written.</summary>
    public const int NothingToExport = 3;

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv, jsonl, gexf, timelinejs, geojson or ftm (FollowTheMoney).", Required = true };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var output = new Option<string?>("--out") { Description = "Output file (default: stdout). For csv: a directory, or a prefix for PREFIX-events.csv, -claims.csv, -figures.csv." };
        var actor = new Option<string?>("--actor") { Description = "Only facts involving this actor (id, code or name)." };
        var from = new Option<string?>("--from") { Description = "From this date (TIMEX3: 2021, 2021-08, 2021-08-15)." };
        var to = new Option<string?>("--to") { Description = "Up to this date, inclusive." };
        var topic = new Option<string?>("--topic") { Description = "Only facts in sentences about this policy area (diplomacy, security, trade, …)." };
        var command = new Command("export", "Write events, claims and figures for other tools: CSV, JSON Lines, Gephi, TimelineJS, GeoJSON, Aleph.")
            { format, output, actor, from, to, topic };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            var kb = KnowledgeAccess.Load(parse);
            string? actorId = parse.GetValue(actor);
            if (actorId is not null)
            {
                if (kb?.Find(actorId) is [var found, ..]) actorId = found.Id;
                else if (kb is not null)
                {
                    Output.Error(kb.NoSuchActor(actorId));
                    return ExitCodes.Usage;
                }
            }
            var fmt = ExportFormats.Parse(parse.GetValue(format)!);
            var set = ExportSelection.Select(store, new ExportFilter(actorId, parse.GetValue(from), parse.GetValue(to), parse.GetValue(topic)), kb);
            if (ExportFormats.Nothing(fmt, set) is { } why)
            {
                Output.Error($"Nothing to export: {why}; no file written.");
                return NothingToExport;
            }
            string? path = parse.GetValue(output);
            if (fmt == ExportFormat.Csv) return WriteCsv(set, path);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            if (path is null)
            {
                ExportFormats.Write(fmt, Console.Out, set, today);
                return ExitCodes.Success;
            }
            using (var writer = Create(path)) ExportFormats.Write(fmt, writer, set, today);
            Output.Error($"wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int WriteCsv(ExportSet set, string? path)
    {
        var tables = new (string Name, int Rows, Action<TextWriter, ExportSet> Write)[]
        {
            ("events", set.Events.Count, CsvExportWriter.WriteEvents),
            ("claims", set.Claims.Count, CsvExportWriter.WriteClaims),
            ("figures", set.Figures.Count, CsvExportWriter.WriteFigures),
        };
        if (path is null)
        {
            // One table fits stdout; with several, the first that has rows goes there and the rest need --out.
            var first = tables.First(t => t.Rows > 0);
            first.Write(Console.Out, set);
            if (tables.Count(t => t.Rows > 0) > 1) Output.Error($"wrote the {first.Name} table to stdout; pass --out DIR for claims and figures too");
            return ExitCodes.Success;
        }
        bool directory = Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);
        if (!directory && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) path = path[..^4];
        foreach (var (name, rows, write) in tables)
        {
            if (rows == 0) { Output.Error($"{name}: none match, no file written"); continue; }
            string file = directory ? Path.Combine(path, name + ".csv") : $"{path}-{name}.csv";
            using (var writer = Create(file)) write(writer, set);
            Output.Error($"wrote {file} ({rows} rows)");
        }
        return ExitCodes.Success;
    }

    private static StreamWriter Create(string path)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        return new StreamWriter(path, append: false, new UTF8Encoding(false));
    }
}
