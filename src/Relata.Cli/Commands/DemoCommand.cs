using System.CommandLine;

namespace Relata.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Ingest the bundled demo corpus (data/demo) into the store and show what to run next.");
        command.SetAction((parse, cancellation) =>
        {
            string? corpus = FindDemoCorpus();
            if (corpus is null)
            {
                Output.Error("data/demo: the bundled demo corpus was not found; run this from a Relata checkout");
                return Task.FromResult(ExitCodes.Usage);
            }
            string db = Path.GetFullPath(parse.GetValue(GlobalOptions.Db)!);
            if (KnowledgeAccess.Pipeline(parse) is not { } pipeline) return Task.FromResult(ExitCodes.Usage);
            Console.Out.WriteLine($"Ingesting the demo corpus {corpus}");
            using (var store = StoreAccess.Open(parse))
            {
                var summary = IngestCommand.Ingest(pipeline, store, InputAdapter.Read([corpus], 20), quiet: false, cancellation);
                Console.Out.WriteLine($"{summary.Added} added, {summary.NewVersions} new versions, {summary.Unchanged} unchanged, {summary.Duplicates} duplicates, {summary.Failed} failed");
                var docs = store.ListDocuments();
                Console.Out.WriteLine($"The store {db} now holds {docs.Count} documents and {docs.Sum(d => d.SentenceCount)} sentences.");
            }
            Console.Out.WriteLine();
            Console.Out.WriteLine("Next:");
            foreach (var line in NextSteps) Console.Out.WriteLine("  " + line);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static readonly string[] NextSteps =
    [
        "relata serve                         the browser workbench: open the printed URL, pick Russia ↔ Afghanistan",
        "relata docs                          list the documents",
        "relata search \"Trans-Afghan\"         full-text search with sentence references",
        "relata show <id>                     one document, sentence by sentence, with its facts",
        "relata actors                        who the corpus is about; relata actor Lavrov for one profile",
        "relata figures --measure trade       figures over time, with evidence",
        "relata extract data/demo --format jsonl   the pipeline's JSON, without storing",
    ];

    private static string? FindDemoCorpus()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "data", "demo");
                if (File.Exists(Path.Combine(dir.FullName, "Relata.slnx")) && Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
