using System.CommandLine;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Words or \"quoted phrases\"; all must occur; OR between terms; word* for a prefix." };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 50 };
        var json = GlobalOptions.Json();
        var command = new Command("search", "Full-text search over the stored sentences.") { text, limit, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse);
            if (store is null) return ExitCodes.Usage;
            var hits = store.Search(parse.GetValue(text)!, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                Output.Json(hits.Select(h => new
                {
                    document = h.DocumentId, sentence = h.SentenceIndex, start = h.Start, end = h.End,
                    title = h.Title, text = h.Snippet.Replace(HitMarkers.Open, "").Replace(HitMarkers.Close, ""),
                    snippet = Output.Highlight(h.Snippet, markup: false), rank = h.Rank,
                }));
                return ExitCodes.Success;
            }
            if (hits.Count == 0)
            {
                Console.Out.WriteLine("No matches.");
                return ExitCodes.Success;
            }
            bool markup = Output.IsTerminal;
            foreach (var h in hits)
            {
                string reference = $"{h.DocumentId}#{h.SentenceIndex} [{h.Start}-{h.End}]";
                if (markup) Output.Console2.MarkupLine($"[grey]{Markup.Escape(reference)}[/] {Output.Highlight(h.Snippet, true)}");
                else Console.Out.WriteLine($"{reference} {Output.Highlight(h.Snippet, false)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
