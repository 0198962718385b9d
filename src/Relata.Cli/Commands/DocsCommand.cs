using System.CommandLine;
using Relata.Export;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class DocsCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("docs", "List the stored documents.") { json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            var docs = store.ListDocuments();
            if (parse.GetValue(json))
            {
                Output.Json(docs.Select(DocumentJson.Summary));
                return ExitCodes.Success;
            }
            if (docs.Count == 0)
            {
                Console.Out.WriteLine("No documents yet. Run `relata ingest PATH`.");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("id", "title", "author", "date", "sentences", "format");
            foreach (var d in docs)
            {
                string date = d.ReferenceDate is { } r ? r.Timex + (r.Inferred ? " (inferred)" : "") : "";
                table.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Metadata.Title ?? ""), Markup.Escape(d.Metadata.Author ?? ""),
                    date, d.SentenceCount.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Format);
            }
            Output.Console2.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
