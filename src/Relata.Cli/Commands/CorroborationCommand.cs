using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class CorroborationCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var actor = new Option<string?>("--actor") { Description = "Only facts involving this actor." };
        var command = new Command("corroboration", "Facts resting on a single source, and sources that disagree on an event's date or actors.") { actor };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            ActorScope? scope = null;
            if (parse.GetValue(actor) is { } an && (scope = AnalysisOptions.Resolve(kb, store, an)) is null) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = Corroboration.Build(store, new CorroborationQuery(filter, scope));
            if (parse.GetValue(o.Json))
            {
                Output.Json(new
                {
                    single_source_events = result.SingleSourceEvents.Select(Event),
                    corroborated_events = result.CorroboratedEvents.Select(Event),
                    single_source_propositions = result.SingleSourcePropositions,
                    corroborated_propositions = result.CorroboratedPropositions.Select(p => new { p.Key, p.Label, p.Documents, claims = p.Claims.Count }),
                    disagreements = result.Disagreements,
                });
                return ExitCodes.Success;
            }
            if (result.IsEmpty) return AnalysisOptions.Nothing("events or claims", filter);
            var console = Output.Console2;
            console.MarkupLine($"[bold]Events[/]: {result.CorroboratedEvents.Count} reported by two or more documents, {result.SingleSourceEvents.Count} by one only.");
            console.MarkupLine($"[bold]Propositions[/]: {result.CorroboratedPropositions.Count} held in two or more documents, {result.SingleSourcePropositions.Count} in one only.");
            var table = new Table().Border(TableBorder.Simple).AddColumns("fact", "kind", "date", "sources", "evidence");
            foreach (var e in result.CorroboratedEvents.Concat(result.SingleSourceEvents))
                table.AddRow(Markup.Escape($"{e.Event.SourceName ?? "—"} → {e.Event.TargetName ?? "—"}: {e.Event.Cameo} {e.Event.CameoName}"), "event", e.Event.Date ?? "undated",
                    e.DocumentCount == 1 ? "[yellow]single source[/]" : $"{e.DocumentCount} documents", Markup.Escape(AnalysisOptions.Evidence(e.Event.Evidence, 60)));
            foreach (var p in result.SingleSourcePropositions)
                table.AddRow(Markup.Escape(p.Label), "proposition", "", "[yellow]single source[/]", Markup.Escape(AnalysisOptions.Evidence(p.Evidence, 60)));
            console.Write(table);
            foreach (var d in result.Disagreements)
                console.MarkupLine(Markup.Escape($"! sources disagree on the {d.Kind} of {d.Summary}: {string.Join(" vs ", d.Values)} ({string.Join(", ", d.Reports.Select(r => $"{r.Evidence.DocumentId}#{r.Evidence.Sentence}"))})"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static object Event(ReportedEvent r) => new
    {
        date = r.Event.Date, source_name = r.Event.SourceName, target_name = r.Event.TargetName, cameo = r.Event.Cameo, cameo_name = r.Event.CameoName,
        modality = r.Event.Modality, documents = r.DocumentCount, evidence = r.Evidence,
    };
}
