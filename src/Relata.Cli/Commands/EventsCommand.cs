using System.CommandLine;
using System.Globalization;
using Relata.Actors;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create()
    {
        var actor = new Option<string?>("--actor") { Description = "Events with this actor as source or target (id, code or name)." };
        var target = new Option<string?>("--target") { Description = "Only events with this target." };
        var from = new Option<string?>("--from") { Description = "From this date (TIMEX3: 2021, 2021-08, 2021-08-15)." };
        var to = new Option<string?>("--to") { Description = "Up to this date, inclusive." };
        var modality = new Option<string?>("--modality") { Description = "asserted, hypothetical, negated or alleged." };
        modality.AcceptOnlyFromAmong("asserted", "hypothetical", "negated", "alleged");
        var code = new Option<string?>("--code") { Description = "CAMEO code or prefix, e.g. 04 (consult) or 0812." };
        var merged = new Option<bool>("--merged") { Description = "One row per real event, merging its reports, with source counts and conflicts." };
        var json = GlobalOptions.Json();
        var command = new Command("events", "Who did what to whom, when and where: coded events with evidence.") { actor, target, from, to, modality, code, merged, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            var kb = KnowledgeAccess.Load(parse);
            string? Resolve(string? name) => name is null ? null : kb?.Find(name) is [var a, ..] ? a.Id : name;
            var query = new EventQuery(Resolve(parse.GetValue(actor)), Resolve(parse.GetValue(target)),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(modality), parse.GetValue(code));
            if (parse.GetValue(merged)) return MergedEventsView.Show(store.MergedEvents(query), parse.GetValue(json));
            var events = store.Events(query);
            if (parse.GetValue(json)) { Output.Json(events); return ExitCodes.Success; }
            if (events.Count == 0) { Console.Out.WriteLine("No events match."); return ExitCodes.Success; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("date", "source", "event", "target", "modality", "where", "evidence");
            foreach (var e in events)
                table.AddRow(e.Date ?? "", Markup.Escape(e.SourceName ?? "—"),
                    Markup.Escape($"{e.Cameo} {e.CameoName} ({e.Goldstein.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)})"),
                    Markup.Escape(e.TargetName ?? "—"), e.Modality, Markup.Escape(e.Location ?? ""),
                    Markup.Escape($"{e.Evidence.DocumentId}#{e.Evidence.Sentence}: {Output.Clip(e.Evidence.SentenceText, 70)}"));
            Output.Console2.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
