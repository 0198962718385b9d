using System.CommandLine;
using Relata.Batch;
using Relata.Export;
using Relata.Pipeline;

namespace Relata.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, URLs, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json: one array; jsonl: one object per line.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var input = new Option<string>("--input") { Description = "How to read the inputs: auto (by extension and content) or jsonl.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "jsonl");
        var maxMb = new Option<int>("--max-mb") { Description = "Refuse inputs larger than this many megabytes.", DefaultValueFactory = _ => 20 };
        var command = new Command("extract", "Run the pipeline without storing, and write the results as JSON to stdout.") { inputs, format, input, maxMb, GlobalOptions.Parallel };
        command.SetAction(parse =>
        {
            if (KnowledgeAccess.Pipeline(parse) is not { } pipeline) return ExitCodes.Usage;
            bool lines = parse.GetValue(format) == "jsonl";
            int failed = 0, written = 0;
            var stdout = Console.Out;
            if (!lines) stdout.Write('[');
            var inputsRead = InputAdapter.Read(parse.GetValue(inputs)!, parse.GetValue(maxMb), forceJsonLines: parse.GetValue(input) == "jsonl");
            foreach (var analysed in pipeline.Analyse(inputsRead, GlobalOptions.Parallelism(parse), batchSize: GlobalOptions.BatchSize(parse.GetValue(inputs)!)))
            {
                if (analysed.Analysis is not { } analysis) { Output.Error(analysed.Error!); failed++; continue; }
                string json = ExtractJson.Serialize(ExtractMapper.Map(analysis), indented: !lines);
                if (lines) stdout.WriteLine(json);
                else stdout.Write((written > 0 ? ",\n" : "\n") + json);
                written++;
            }
            if (!lines) stdout.WriteLine(written > 0 ? "\n]" : "]");
            return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        });
        return command;
    }
}
