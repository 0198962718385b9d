using System.CommandLine;
using Relata.Analysis;
using Relata.Dossier;

namespace Relata.Cli.Commands;

internal static class DossierCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "First actor (name, code or id)." };
        var b = new Argument<string>("b") { Description = "Second actor." };
        var from = new Option<string?>("--from") { Description = "From this date (TIMEX3: 2015, 2021-08)." };
        var to = new Option<string?>("--to") { Description = "Up to this date, inclusive." };
        var outPath = new Option<string?>("--out", "-o") { Description = "File to write: .html (default) or .md; - writes to stdout. Default dossier-A-B.html." };
        var format = new Option<string?>("--format") { Description = "html or md (default: from the --out extension, else html)." };
        format.AcceptOnlyFromAmong("html", "md", "markdown");
        var command = new Command("dossier", "A sourced relationship dossier on two actors: one self-contained HTML file (or Markdown).")
            { a, b, from, to, outPath, format };
        command.SetAction(parse =>
        {
            foreach (var (name, value) in new[] { ("--from", parse.GetValue(from)), ("--to", parse.GetValue(to)) })
                if (value is not null && TimexSpan.Parse(value) is null)
                {
                    Output.Error($"{name} {value}: not a date; use 2015, 2021-08 or 2021-08-15");
                    return ExitCodes.Usage;
                }
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            if (KnowledgeAccess.Load(parse) is not { } kb) return ExitCodes.Usage;
            if (AnalysisOptions.Resolve(kb, store, parse.GetValue(a)!) is not { } sa) return ExitCodes.Usage;
            if (AnalysisOptions.Resolve(kb, store, parse.GetValue(b)!) is not { } sb) return ExitCodes.Usage;
            var filter = new AnalysisFilter(parse.GetValue(from), parse.GetValue(to));
            var dossier = DossierBuilder.Build(store, new DossierQuery(sa, sb, filter, ActorRollUp.ToStates(kb)));
            if (dossier.IsEmpty)
            {
                string when = filter.HasPeriod ? $" between {filter.From ?? "the start"} and {filter.To ?? "now"}" : "";
                Output.Error($"Nothing to report on {sa.Name} and {sb.Name}{when}: no events, claims, figures or threat sentences name them. No file written.");
                return ExitCodes.InputFailed;
            }
            string path = parse.GetValue(outPath) ?? $"dossier-{DossierLayout.Slug(sa.Name)}-{DossierLayout.Slug(sb.Name)}.html";
            bool markdown = parse.GetValue(format) is { } f ? f != "html" : path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
            string text = markdown ? DossierMarkdown.Render(dossier) : DossierHtml.Render(dossier);
            if (path == "-") { Console.Out.Write(text); return ExitCodes.Success; }
            try { File.WriteAllText(path, text); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Output.Error($"{path}: cannot write ({e.Message})");
                return ExitCodes.Usage;
            }
            Console.Out.WriteLine($"Wrote {path}: {dossier.Sources.Sum(s => s.Citations.Count)} cited sentences from {dossier.Sources.Count} documents.");
            return ExitCodes.Success;
        });
        return command;
    }
}
