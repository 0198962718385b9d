using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class TimelineCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var actor = new Option<string?>("--actor") { Description = "Events of this actor (name, code or id; a state includes its bodies and officials)." };
        var with = new Option<string?>("--with") { Description = "With --actor: only events between the two (a dyad)." };
        var asserted = new Option<bool>("--asserted") { Description = "Only events reported as having happened." };
        var command = new Command("timeline", "Events in date order at their own precision, each with its evidence count.") { actor, with, asserted };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            ActorScope? a = null, b = null;
            if (parse.GetValue(actor) is { } an && (a = AnalysisOptions.Resolve(kb, store, an)) is null) return ExitCodes.Usage;
            if (parse.GetValue(with) is { } bn && (b = AnalysisOptions.Resolve(kb, store, bn)) is null) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = Timeline.Build(store, new TimelineQuery(a, b, filter, parse.GetValue(asserted)));
            if (parse.GetValue(o.Json))
            {
                Output.Json(new { entries = result.Entries.Select(e => Row(e.Event, e.Date, e.Precision)), undated = result.Undated.Select(u => Row(u, null, null)) });
                return ExitCodes.Success;
            }
            if (result.IsEmpty) return AnalysisOptions.Nothing("events", filter);
            var table = new Table().Border(TableBorder.Simple).AddColumns("date", "precision", "source", "event", "target", "modality", "reports", "evidence");
            foreach (var e in result.Entries) Add(table, e.Event, e.Date, e.Precision);
            foreach (var u in result.Undated) Add(table, u, "undated", "");
            Output.Console2.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Add(Table table, ReportedEvent r, string date, string precision)
    {
        var e = r.Event;
        table.AddRow(date, precision, Markup.Escape(e.SourceName ?? "—"), Markup.Escape($"{e.Cameo} {e.CameoName}"), Markup.Escape(e.TargetName ?? "—"),
            e.Modality, $"{r.EvidenceCount} ({r.DocumentCount} doc)", Markup.Escape(AnalysisOptions.Evidence(e.Evidence, 70)));
    }

    private static object Row(ReportedEvent r, string? date, string? precision) => new
    {
        date, precision, start = r.When?.Start, end = r.When?.End,
        source_id = r.Event.SourceId, source_name = r.Event.SourceName, target_id = r.Event.TargetId, target_name = r.Event.TargetName,
        cameo = r.Event.Cameo, cameo_name = r.Event.CameoName, quad_class = r.Event.QuadClass, goldstein = r.Event.Goldstein,
        modality = r.Event.Modality, location = r.Event.Location, evidence_count = r.EvidenceCount, documents = r.DocumentCount,
        evidence = r.Evidence,
    };
}
