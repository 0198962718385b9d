using System.CommandLine;
using System.Globalization;
using Relata.Actors;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class FiguresCommand
{
    public static Command Create()
    {
        var actor = new Option<string?>("--actor") { Description = "Only figures about this actor (id or name)." };
        var measure = new Option<string?>("--measure") { Description = "Only figures whose measure contains this text, e.g. \"trade\"." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit: USD, t, %, people, …" };
        var json = GlobalOptions.Json();
        var command = new Command("figures", "Figures over time, with what they measure, their period and evidence.") { actor, measure, unit, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            string? actorKey = parse.GetValue(actor);
            if (actorKey is not null && KnowledgeAccess.Load(parse)?.Find(actorKey) is [var found, ..]) actorKey = found.Id;
            var figures = store.Figures(new FigureQuery(actorKey, parse.GetValue(measure), parse.GetValue(unit)));
            if (parse.GetValue(json)) { Output.Json(figures); return ExitCodes.Success; }
            if (figures.Count == 0) { Console.Out.WriteLine("No figures match."); return ExitCodes.Success; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("period", "value", "measure", "about", "evidence");
            foreach (var f in figures)
                table.AddRow(f.Period ?? $"({f.DocumentDate ?? "?"})", Markup.Escape(Value(f)), Markup.Escape(f.Measure ?? ""),
                    Markup.Escape(About(f.Actors)), Markup.Escape($"{f.Evidence.DocumentId}#{f.Evidence.Sentence}: {Output.Clip(f.Evidence.SentenceText, 80)}"));
            Output.Console2.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Value(FigureRecord f)
    {
        string approx = f.Approximate ? "~" : "";
        string change = f.Change is { } c ? $" ({(c >= 0 ? "+" : "")}{c.ToString("P0", CultureInfo.InvariantCulture)})" : "";
        return $"{approx}{f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {f.Unit}{change}";
    }

    private static string About(string? actorsJson)
    {
        if (actorsJson is null) return "";
        using var doc = System.Text.Json.JsonDocument.Parse(actorsJson);
        return string.Join(", ", doc.RootElement.EnumerateArray().Select(a =>
            a.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString()! : a.GetProperty("text").GetString()!));
    }
}
