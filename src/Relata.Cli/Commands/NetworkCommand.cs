using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class NetworkCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var actor = new Option<string?>("--actor") { Description = "Only interactions of this actor (an ego network)." };
        var officials = new Option<bool>("--officials") { Description = "Keep people and state bodies as their own nodes instead of folding them into their state." };
        var all = new Option<bool>("--all-modalities") { Description = "Count planned, negated and alleged events too." };
        var command = new Command("network", "Directed, weighted actor interactions: degree, betweenness and communities.") { actor, officials, all };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            ActorScope? around = null;
            if (parse.GetValue(actor) is { } an && (around = AnalysisOptions.Resolve(kb, store, an)) is null) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = ActorNetwork.Build(store, new NetworkQuery(filter, around,
                parse.GetValue(officials) ? null : ActorRollUp.ToStates(kb), !parse.GetValue(all)));
            if (parse.GetValue(o.Json)) { Output.Json(result); return ExitCodes.Success; }
            if (result.IsEmpty) return AnalysisOptions.Nothing("interactions between linked actors", filter);
            var nodes = new Table().Border(TableBorder.Simple).AddColumns("actor", "id", "in", "out", "events in", "events out", "betweenness", "community");
            foreach (var n in result.Nodes)
                nodes.AddRow(Markup.Escape(n.Name), Markup.Escape(n.Id), n.InDegree.ToString(), n.OutDegree.ToString(), n.WeightedIn.ToString(),
                    n.WeightedOut.ToString(), AnalysisOptions.Number(n.Betweenness, "0.000"), n.Community.ToString());
            Output.Console2.Write(nodes);
            var names = result.Nodes.ToDictionary(n => n.Id, n => n.Name);
            var edges = new Table().Border(TableBorder.Simple).AddColumns("source", "target", "events", "Goldstein mean", "first", "last", "evidence");
            foreach (var e in result.Edges)
                edges.AddRow(Markup.Escape(names[e.Source]), Markup.Escape(names[e.Target]), e.Weight.ToString(), AnalysisOptions.Signed(e.GoldsteinMean),
                    e.First ?? "", e.Last ?? "", Markup.Escape(AnalysisOptions.Evidence(e.Evidence[0], 60)));
            Output.Console2.Write(edges);
            Console.Out.WriteLine($"Modularity of the communities: {AnalysisOptions.Number(result.Modularity, "0.000")}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
