using Relata.Analysis.Graphs;
using Relata.Store;

namespace Relata.Analysis;

/// <param name="Around">Only interactions with this side as source or target (an ego network).</param>
/// <param name="RollUp">Folds stored actors into the node that stands for them (a minister into his state); null keeps actors as coded.</param>
/// <param name="AssertedOnly">Count only events reported as having happened (the default).</param>
public sealed record NetworkQuery(
    AnalysisFilter? Filter = null, ActorScope? Around = null, ActorRollUp? RollUp = null, bool AssertedOnly = true);

/// <param name="Betweenness">Brandes betweenness on the directed graph, normalised to 0–1.</param>
/// <param name="Community">Louvain community on the undirected weighted graph, 0 = the one of the first node.</param>
public sealed record NetworkNode(
    string Id, string Name, int InDegree, int OutDegree, int WeightedIn, int WeightedOut, double Betweenness, int Community);

/// <param name="Weight">Number of events from source to target.</param>
/// <param name="First">Earliest event date (TIMEX3), null when none is dated.</param>
public sealed record NetworkEdge(
    string Source, string Target, int Weight, double GoldsteinSum, string? First, string? Last, IReadOnlyList<EvidenceRef> Evidence)
{
    public double GoldsteinMean => Weight == 0 ? 0 : GoldsteinSum / Weight;
}

public sealed record ActorNetworkResult(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, double Modularity)
{
    public bool IsEmpty => Edges.Count == 0;
}

/// <summary>Directed, weighted actor interactions over a period, with degree, betweenness and communities.</summary>
public static class ActorNetwork
{
    public static ActorNetworkResult Build(IRelataStore store, NetworkQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var rollUp = query.RollUp ?? ActorRollUp.None;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var interactions = AnalysisEvents.Load(store, filter, query.AssertedOnly)
            .Where(e => e.Event.SourceId is not null && e.Event.TargetId is not null)
            .Where(e => query.Around is null || query.Around.Matches(e.Event.SourceId, e.Event.SourceCode) || query.Around.Matches(e.Event.TargetId, e.Event.TargetCode))
            .Select(e =>
            {
                string s = rollUp.Group(e.Event.SourceId!), t = rollUp.Group(e.Event.TargetId!);
                names.TryAdd(s, rollUp.Name(s) ?? (s == e.Event.SourceId ? e.Event.SourceName : null) ?? s);
                names.TryAdd(t, rollUp.Name(t) ?? (t == e.Event.TargetId ? e.Event.TargetName : null) ?? t);
                return (Source: s, Target: t, e);
            })
            .Where(x => x.Source != x.Target)
            .ToList();

        var edges = interactions.GroupBy(x => (x.Source, x.Target))
            .Select(g =>
            {
                var dates = g.Where(x => x.e.When is not null).Select(x => x.e.When!.Value).OrderBy(w => w.SortKey).ToList();
                return new NetworkEdge(g.Key.Source, g.Key.Target, g.Count(), g.Sum(x => x.e.Event.Goldstein),
                    dates.FirstOrDefault().Value, dates.LastOrDefault().Value, [.. g.Select(x => x.e.Event.Evidence)]);
            })
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToList();

        var ids = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var successors = ids.Select(_ => new List<int>()).ToArray();
        foreach (var e in edges) successors[index[e.Source]].Add(index[e.Target]);
        var betweenness = Brandes.Betweenness(successors, normalise: true);
        var (community, modularity) = Louvain.Detect(ids.Count, edges.Select(e => (index[e.Source], index[e.Target], (double)e.Weight)));

        var nodes = ids.Select((id, i) => new NetworkNode(id, names.GetValueOrDefault(id, id),
                edges.Count(e => e.Target == id), edges.Count(e => e.Source == id),
                edges.Where(e => e.Target == id).Sum(e => e.Weight), edges.Where(e => e.Source == id).Sum(e => e.Weight),
                Math.Round(betweenness[i], 6), community[i]))
            .OrderByDescending(n => n.WeightedIn + n.WeightedOut).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new ActorNetworkResult(nodes, edges, Math.Round(modularity, 6));
    }
}
