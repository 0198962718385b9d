using System.CommandLine;
using System.Text;
using Relata.Import;
using Relata.Import.Acled;
using Relata.Import.Gdelt;

namespace Relata.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import coded events from GDELT or ACLED files into the store (provenance \"imported\").");
        command.Subcommands.Add(Format("gdelt", "A GDELT 2.0 event export (*.export.CSV: 61 tab-separated columns, no header).",
            reader => GdeltEventReader.Read(reader)));
        command.Subcommands.Add(Format("acled", "An ACLED CSV export (with its header row).",
            reader => AcledReader.Read(reader)));
        return command;
    }

    private static Command Format(string name, string description, Func<TextReader, ImportBatch> read)
    {
        var file = new Argument<string>("file") { Description = "The file to import." };
        var json = GlobalOptions.Json();
        var command = new Command(name, description) { file, json };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Output.Error($"{path}: no such file");
                return ExitCodes.Usage;
            }
            if (KnowledgeAccess.Load(parse) is not { } kb) return ExitCodes.Usage;
            ImportBatch batch;
            using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)) batch = read(reader);
            foreach (var problem in batch.Problems) Output.Error(problem.Format(path));
            var linker = new ImportActorLinker(kb, AcledCrosswalk.Default.ActorForms);
            int stored = 0;
            string? documentId = null;
            if (batch.Rows.Count > 0)
            {
                var imported = ImportDocumentBuilder.Build(batch, Path.GetFullPath(path), linker);
                using var store = StoreAccess.Open(parse);
                var result = store.SaveImported(imported.Analysis, imported.Origins);
                documentId = result.DocumentId;
                if (result.Outcome == Store.SaveOutcome.Duplicate)
                    Output.Error($"{path}: the same rows are already stored as {result.DuplicateOf}; nothing imported");
                else stored = imported.Analysis.Events.Count;
            }
            if (parse.GetValue(json))
                Output.Json(new { File = path, Document = documentId, Events = stored, Skipped = batch.Problems.Count });
            else if (stored == 0)
                Console.Out.WriteLine($"No rows imported from {path} ({batch.Problems.Count} skipped).");
            else
                Console.Out.WriteLine($"{stored} {name.ToUpperInvariant()} events imported as {documentId}, {batch.Problems.Count} rows skipped"
                    + $" — store: {Path.GetFullPath(parse.GetValue(GlobalOptions.Db)!)}");
            return batch.Problems.Count > 0 || stored == 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        });
        return command;
    }
}
