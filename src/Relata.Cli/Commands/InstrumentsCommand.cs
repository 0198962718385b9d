using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class InstrumentsCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var actor = new Option<string[]>("--actor") { Description = "Rows: these actors (repeatable); default the most active.", AllowMultipleArgumentsPerToken = true };
        var toward = new Option<string?>("--toward") { Description = "Only instruments aimed at this actor." };
        var command = new Command("instruments", "Actors × policy areas: how often each acts or speaks in each area, with the strongest evidence.") { actor, toward };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            var rows = new List<ActorScope>();
            foreach (var name in parse.GetValue(actor) ?? [])
            {
                if (AnalysisOptions.Resolve(kb, store, name) is not { } scope) return ExitCodes.Usage;
                rows.Add(scope);
            }
            ActorScope? counterpart = null;
            if (parse.GetValue(toward) is { } tn && (counterpart = AnalysisOptions.Resolve(kb, store, tn)) is null) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = InstrumentsMatrix.Build(store, new InstrumentsQuery(filter, rows.Count == 0 ? null : rows, counterpart, ActorRollUp.ToStates(kb)));
            if (parse.GetValue(o.Json)) { Output.Json(result); return ExitCodes.Success; }
            if (result.IsEmpty) return AnalysisOptions.Nothing("instruments", filter);
            var matrix = new Table().Border(TableBorder.Simple).AddColumn("actor");
            foreach (var t in result.Topics) matrix.AddColumn(Markup.Escape(t));
            foreach (var a in result.Actors)
                matrix.AddRow([Markup.Escape(a.Name), .. result.Topics.Select(t => result.Cell(a.Id, t) is { } c ? $"{c.Count} ({c.Events}e/{c.Claims}c/{c.Sentences}s)" : "")]);
            Output.Console2.Write(matrix);
            var strongest = new Table().Border(TableBorder.Simple).AddColumns("actor", "area", "strongest evidence", "date", "sentence");
            foreach (var c in result.Cells)
                strongest.AddRow(Markup.Escape(result.Actors.First(a => a.Id == c.ActorId).Name), Markup.Escape(c.Topic), Markup.Escape(Output.Clip(c.Strongest.Summary, 60)),
                    c.Strongest.Date ?? "", Markup.Escape(AnalysisOptions.Evidence(c.Strongest.Evidence, 70)));
            Output.Console2.Write(strongest);
            return ExitCodes.Success;
        }));
        return command;
    }
}
