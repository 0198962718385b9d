using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class TrackerCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var actor = new Option<string?>("--actor") { Description = "Claims by or about this actor." };
        var proposition = new Option<string?>("--proposition") { Description = "A proposition key (RUS:recognise:grp.taliban) or words of its label." };
        var noAuthors = new Option<bool>("--no-author-statements") { Description = "Leave out sentences in the author's own voice." };
        var window = new Option<int>("--window") { Description = "Days within which opposing claims are flagged as contradicting.", DefaultValueFactory = _ => 365 };
        var command = new Command("tracker", "Claims by proposition in time order: who said what, when and where; changes of position and contradictions flagged.")
            { actor, proposition, noAuthors, window };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            ActorScope? scope = null;
            if (parse.GetValue(actor) is { } an && (scope = AnalysisOptions.Resolve(kb, store, an)) is null) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = ClaimsTracker.Build(store, new ClaimsTrackerQuery(filter, scope, parse.GetValue(proposition), !parse.GetValue(noAuthors), parse.GetValue(window)));
            if (parse.GetValue(o.Json)) { Output.Json(result); return ExitCodes.Success; }
            if (result.IsEmpty) return AnalysisOptions.Nothing("claims on a proposition", filter);
            var console = Output.Console2;
            foreach (var p in result.Propositions)
            {
                console.MarkupLine($"\n[bold]{Markup.Escape(p.Label)}[/] [grey]{Markup.Escape(p.Key)} · {p.Topic ?? "no topic"} · {p.Claims.Count} claims, {p.Documents} documents[/]");
                var table = new Table().Border(TableBorder.Simple).AddColumns("date", "who", "stance", "said", "where");
                foreach (var c in p.Claims)
                    table.AddRow(c.Date ?? "undated", Markup.Escape(c.Speaker), Markup.Escape($"{c.Stance}, {c.Temporal}"), Markup.Escape(Output.Clip(c.Text, 80)),
                        Markup.Escape($"{Output.Clip(c.Source, 40)} #{c.Evidence.Sentence}"));
                console.Write(table);
                foreach (var s in p.Changes)
                    console.MarkupLine(Markup.Escape($"  ! change of position ({s.Kind}) by {s.Party}: {s.From.Stance}/{s.From.Temporal} on {s.From.Date} → {s.To.Stance}/{s.To.Temporal} on {s.To.Date}"));
                foreach (var c in p.Contradictions)
                    console.MarkupLine(Markup.Escape($"  ! contradiction: {c.For.Speaker} ({c.For.Date}, {c.For.Stance}) vs {c.Opposed.Speaker} ({c.Opposed.Date}, {c.Opposed.Stance}), {c.DaysApart} days apart"));
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
