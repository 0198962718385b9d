using System.CommandLine;
using System.Text.Json.Nodes;
using Relata.Export;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("doc") { Description = "Document id or an unambiguous prefix of it." };
        var json = GlobalOptions.Json();
        var command = new Command("show", "Show a document: metadata, sentences and the facts found in them.") { id, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            string query = parse.GetValue(id)!;
            var doc = store.GetDocument(query);
            if (doc is null)
            {
                Output.Error($"{query}: no such document (or the prefix is ambiguous); see `relata docs`");
                return ExitCodes.Usage;
            }
            string? extract = store.GetExtractJson(doc.Summary.Id);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(extract is null ? "{}" : JsonNode.Parse(extract)!.ToJsonString(ExtractJson.Indented));
                return ExitCodes.Success;
            }
            var s = doc.Summary;
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string key, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow($"[grey]{key}[/]", Markup.Escape(value)); }
            Row("id", $"{s.Id} (version {s.Version})");
            Row("title", s.Metadata.Title);
            Row("author", s.Metadata.Author);
            Row("outlet", s.Metadata.Outlet);
            Row("source", s.Source);
            Row("format", s.Format);
            Row("url", s.Metadata.Url);
            if (s.ReferenceDate is { } r)
                Row("date", $"{r.Timex} {(r.Inferred ? "inferred: " : "stated: ")}{r.Reason}");
            Output.Console2.Write(grid);
            Output.Console2.WriteLine();
            var facts = extract is null ? null : ExtractJson.Deserialize(extract);
            foreach (var sentence in doc.Sentences)
            {
                Output.Console2.MarkupLine($"[grey]{sentence.Index,4} [[{sentence.Start}-{sentence.End}]][/] {Markup.Escape(sentence.Text)}");
                if (facts is not null) FactLines.Write(Output.Console2, facts, sentence.Index, sentence.Start, sentence.End);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
