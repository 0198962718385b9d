using System.CommandLine;
using Relata.Actors;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class ClaimsCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only claims by this speaker (actor id, name or part of the speaker phrase)." };
        var topic = new Option<string?>("--topic") { Description = "Only claims in this policy area: diplomacy, security, narcotics, trade, energy, transit, labour_migration, …" };
        var text = new Option<string?>("--text") { Description = "Only claims whose text contains this." };
        var proposition = new Option<string?>("--proposition") { Description = "Only claims about this proposition: a key (RUS:recognise:grp.taliban) or words of its label." };
        var json = GlobalOptions.Json();
        var command = new Command("claims", "Who said what, and when: attributed statements in date order, with evidence.") { speaker, topic, text, proposition, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            string? who = parse.GetValue(speaker);
            if (who is not null && KnowledgeAccess.Load(parse)?.Find(who) is [var actor, ..]) who = actor.Id;
            var claims = store.Claims(new ClaimQuery(who, parse.GetValue(topic), parse.GetValue(text), parse.GetValue(proposition)));
            if (parse.GetValue(json)) { Output.Json(claims); return ExitCodes.Success; }
            if (claims.Count == 0) { Console.Out.WriteLine("No claims match."); return ExitCodes.Success; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("date", "speaker", "cue", "proposition", "stance", "claim", "evidence");
            foreach (var c in claims)
                table.AddRow(c.Date ?? "", Markup.Escape(c.SpeakerName), Markup.Escape(c.Cue + (c.Quoted ? " \"…\"" : "")),
                    Markup.Escape(c.PropositionLabel ?? ""), Markup.Escape(c.Stance is null ? "" : c.Stance + (c.Temporal is null ? "" : $", {c.Temporal}")),
                    Markup.Escape(Output.Clip(c.Text, 80)), Markup.Escape($"{c.Evidence.DocumentId}#{c.Evidence.Sentence}"));
            Output.Console2.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
