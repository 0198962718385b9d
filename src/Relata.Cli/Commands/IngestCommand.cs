using System.CommandLine;
using Relata.Batch;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories (read recursively), http(s) URLs, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var maxMb = new Option<int>("--max-mb") { Description = "Refuse inputs larger than this many megabytes.", DefaultValueFactory = _ => 20 };
        var json = GlobalOptions.Json();
        var command = new Command("ingest", "Read inputs, run the pipeline and store the results.") { inputs, maxMb, json, GlobalOptions.Parallel };
        command.SetAction((parse, cancellation) =>
        {
            if (KnowledgeAccess.Pipeline(parse) is not { } pipeline) return Task.FromResult(ExitCodes.Usage);
            using var store = StoreAccess.Open(parse);
            var items = InputAdapter.Read(parse.GetValue(inputs)!, parse.GetValue(maxMb));
            var summary = Ingest(pipeline, store, items, parse.GetValue(json), cancellation, GlobalOptions.Parallelism(parse),
                GlobalOptions.BatchSize(parse.GetValue(inputs)!));
            if (parse.GetValue(json)) Output.Json(summary);
            else PrintSummary(summary, parse.GetValue(GlobalOptions.Db)!);
            return Task.FromResult(summary.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success);
        });
        return command;
    }

    internal static BatchSummary Ingest(RelataPipeline pipeline, IRelataStore store, IEnumerable<IngestItem> items, bool quiet, CancellationToken cancellation, int parallelism = 1,
        int batchSize = PipelineRunner.DefaultBatchSize)
    {
        var ingestor = new BatchIngestor(pipeline, store);
        void Report(BatchEvent e)
        {
            if (e.Error is not null) Output.Error(e.Error);
        }
        if (quiet || !Output.IsTerminal) return ingestor.Run(items, Report, cancellation, parallelism, batchSize);

        BatchSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: double.MaxValue);
                int done = 0;
                summary = ingestor.Run(items, e =>
                {
                    Report(e);
                    done++;
                    task.Description = $"ingested {done}: {Markup.Escape(Shorten(e.Item.Document?.Source ?? ""))}";
                }, cancellation, parallelism, batchSize);
            });
        return summary!;
    }

    private static void PrintSummary(BatchSummary s, string db)
    {
        var parts = new List<string> { $"{s.Added} added" };
        if (s.NewVersions > 0) parts.Add($"{s.NewVersions} new versions");
        if (s.Unchanged > 0) parts.Add($"{s.Unchanged} unchanged");
        if (s.Duplicates > 0) parts.Add($"{s.Duplicates} duplicates skipped");
        parts.Add($"{s.Failed} failed");
        Console.Out.WriteLine($"{string.Join(", ", parts)} — store: {Path.GetFullPath(db)}");
    }

    private static string Shorten(string source) => source.Length <= 60 ? source : "…" + source[^59..];
}
