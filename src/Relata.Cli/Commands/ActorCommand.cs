using System.CommandLine;
using Relata.Actors;
using Relata.Export;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class ActorCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("actor") { Description = "Id, CAMEO or ISO code, name, alias or acronym." };
        var limit = new Option<int>("--limit") { Description = "At most this many mentions.", DefaultValueFactory = _ => 50 };
        var json = GlobalOptions.Json();
        var command = new Command("actor", "One actor: profile, roles over time, aliases, memberships, and mentions with evidence.") { query, limit, json };
        command.SetAction(parse =>
        {
            if (KnowledgeAccess.Load(parse) is not { } kb) return ExitCodes.Usage;
            string q = parse.GetValue(query)!;
            var found = kb.Find(q);
            if (found.Count == 0)
            {
                Output.Error(kb.NoSuchActor(q));
                return ExitCodes.Usage;
            }
            var actor = found[0];
            using var store = File.Exists(parse.GetValue(GlobalOptions.Db)!) ? StoreAccess.Open(parse) : null;
            var mentions = store?.MentionsOf(actor.Id, parse.GetValue(limit)) ?? [];
            var memberOf = kb.Actors.Where(o => o.Members.Any(m => m.ActorId == actor.Id))
                .Select(o => (Org: o, When: o.Members.First(m => m.ActorId == actor.Id).When)).ToList();
            if (parse.GetValue(json))
            {
                Output.Json(new
                {
                    id = actor.Id, name = actor.Name, type = ExtractActorsMapper.Name(actor.Type), official_name = actor.OfficialName,
                    codes = new { cameo = actor.Cameo, iso2 = actor.Iso2, iso3 = actor.Iso3, wikidata = actor.Wikidata },
                    country = actor.Country, parent = actor.Parent, aliases = actor.Aliases, acronyms = actor.Acronyms,
                    roles = actor.Roles.Select(r => new { title = r.Label, of = r.Of, sector = r.Sector, from = r.When.From?.ToString(), to = r.When.To?.ToString() }),
                    governments = actor.Governments.Select(g => new { id = g.ActorId, name = g.Name, from = g.When.From?.ToString(), to = g.When.To?.ToString() }),
                    memberships = memberOf.Select(m => new { organisation = m.Org.Id, name = m.Org.Name, from = m.When.From?.ToString(), to = m.When.To?.ToString() }),
                    designations = actor.Designations.Select(d => new { by = d.By, list = d.List, from = d.When.From?.ToString(), to = d.When.To?.ToString() }),
                    also = found.Skip(1).Select(a => a.Id),
                    mentions,
                });
                return ExitCodes.Success;
            }
            var console = Output.Console2;
            console.MarkupLine($"[bold]{Markup.Escape(actor.Name)}[/] [grey]{Markup.Escape(actor.Id)} · {ExtractActorsMapper.Name(actor.Type)}[/]");
            void Line(string key, string? value) { if (!string.IsNullOrEmpty(value)) console.MarkupLine($"  [grey]{key,-12}[/] {Markup.Escape(value)}"); }
            Line("official", actor.OfficialName);
            Line("codes", string.Join("  ", new[] { ("CAMEO", actor.Cameo), ("ISO", actor.Iso3 ?? actor.Iso2), ("Wikidata", actor.Wikidata) }
                .Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}")));
            Line("country", actor.Country);
            Line("aliases", string.Join(", ", actor.Aliases.Concat(actor.Acronyms)));
            Line("also", string.Join(", ", found.Skip(1).Select(a => $"{a.Id} ({a.Name})")));
            Section(console, "roles over time", actor.Roles.Select(r => $"{Span(r.When)}  {r.Label}{(r.Of is null ? "" : $" — {r.Of}")}"));
            Section(console, "governments", actor.Governments.Select(g => $"{Span(g.When)}  {g.Name ?? g.ActorId}"));
            Section(console, "memberships", memberOf.Select(m => $"{Span(m.When)}  {m.Org.Name}"));
            Section(console, "designations", actor.Designations.Select(d => $"{Span(d.When)}  by {d.By}: {d.List}"));
            Section(console, $"mentions ({mentions.Count})", mentions.Select(m =>
                $"{m.Evidence.DocumentId}#{m.Evidence.Sentence}  {(m.Role is null ? "" : $"[{m.Role}] ")}{Output.Clip(m.Evidence.SentenceText, 110)}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Span(Interval when) => $"{when.From?.ToString() ?? "…"} – {when.To?.ToString() ?? "…"}";

    private static void Section(IAnsiConsole console, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        console.MarkupLine($"\n[bold]{Markup.Escape(title)}[/]");
        foreach (var l in list) console.MarkupLine("  " + Markup.Escape(l));
    }
}
