using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class ActorsCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only this type: state, body, organisation, armed_group, person, …" };
        var country = new Option<string?>("--country") { Description = "Only actors of this state (id, e.g. RUS)." };
        var candidates = new Option<bool>("--candidates") { Description = "List names the knowledge base does not know, to promote into kb/." };
        var json = GlobalOptions.Json();
        var command = new Command("actors", "Actors mentioned in the store, with mention counts.") { type, country, candidates, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            if (parse.GetValue(candidates))
            {
                var list = store.CandidateCounts();
                if (parse.GetValue(json)) { Output.Json(list); return ExitCodes.Success; }
                var t = new Table().Border(TableBorder.Simple).AddColumns("candidate", "type guess", "mentions", "documents", "example");
                foreach (var c in list)
                    t.AddRow(Markup.Escape(c.Name), c.Type ?? "", N(c.Mentions), N(c.Documents),
                        Markup.Escape(c.Examples.FirstOrDefault() is { } e ? $"{e.DocumentId}#{e.Sentence}: {Output.Clip(e.SentenceText, 90)}" : ""));
                Output.Console2.Write(t);
                return ExitCodes.Success;
            }
            var kb = KnowledgeAccess.Load(parse);
            // Mentions carry the code at their date and sector (RUSGOV, RUSMIL); the listing shows the actor's own.
            var actors = store.ActorCounts(parse.GetValue(type), parse.GetValue(country))
                .Select(a => kb?.Get(a.ActorId) is { } known ? a with { Code = known.Cameo } : a).ToList();
            if (parse.GetValue(json)) { Output.Json(actors); return ExitCodes.Success; }
            if (actors.Count == 0) { Console.Out.WriteLine("No actors found."); return ExitCodes.Success; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "name", "type", "code", "country", "mentions", "documents");
            foreach (var a in actors)
                table.AddRow(Markup.Escape(a.ActorId), Markup.Escape(a.Name), a.Type ?? "", Markup.Escape(a.Code ?? ""), a.Country ?? "", N(a.Mentions), N(a.Documents));
            Output.Console2.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
