using System.Globalization;
using Relata.Events.Merging;
using Spectre.Console;

namespace Relata.Cli.Commands;

/// <summary><c>relata events --merged</c>: one row per real event with its independent sources.</summary>
internal static class MergedEventsView
{
    public static int Show(IReadOnlyList<MergedEvent> events, bool json)
    {
        if (json) { Output.Json(events); return ExitCodes.Success; }
        if (events.Count == 0) { Console.Out.WriteLine("No events match."); return ExitCodes.Success; }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("date", "source", "event", "target", "where", "docs", "outlets", "reports", "conflicts", "evidence");
        foreach (var m in events)
        {
            var e = m.Representative;
            table.AddRow(e.Date ?? "", Markup.Escape(e.SourceName ?? "—"),
                Markup.Escape($"{e.Cameo} {e.CameoName} ({e.Goldstein.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)})"),
                Markup.Escape(e.TargetName ?? "—"), Markup.Escape(e.Location ?? ""),
                m.Documents.ToString(CultureInfo.InvariantCulture), m.Outlets.ToString(CultureInfo.InvariantCulture),
                m.Mentions.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", m.Conflicts.Select(c => $"{c.Field} {c.Kind}: {string.Join(" / ", c.Values.Select(v => v.Value))}"))),
                Markup.Escape($"{e.Evidence.DocumentId}#{e.Evidence.Sentence}: {Output.Clip(e.Evidence.SentenceText, 60)}"));
        }
        Output.Console2.Write(table);
        return ExitCodes.Success;
    }
}
