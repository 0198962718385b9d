namespace Relata.Analysis.Graphs;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on an undirected weighted graph: local moves that raise
/// modularity, then aggregation of communities into nodes, until nothing moves. Deterministic: nodes are
/// visited in index order and ties keep the lower community.
/// </summary>
public static class Louvain
{
    /// <param name="n">Number of nodes.</param>
    /// <param name="edges">Undirected weighted edges; parallel edges add up, self-loops are allowed.</param>
    /// <returns>Community of each node, numbered 0.. by first node, and the partition's modularity.</returns>
    public static (int[] Community, double Modularity) Detect(int n, IEnumerable<(int A, int B, double Weight)> edges)
    {
        var edgeList = edges.ToList();
        var membership = Enumerable.Range(0, n).ToArray();
        var graph = Graph.From(n, edgeList);
        while (true)
        {
            var (local, moved) = LocalMoves(graph);
            for (int i = 0; i < n; i++) membership[i] = local[membership[i]];
            if (!moved) break;
            graph = graph.Aggregate(local);
        }
        var renumbered = Renumber(membership);
        return (renumbered, Modularity(n, edgeList, renumbered));
    }

    public static double Modularity(int n, IReadOnlyList<(int A, int B, double Weight)> edges, int[] community)
    {
        var g = Graph.From(n, edges);
        if (g.TotalWeight == 0) return 0;
        double m2 = g.TotalWeight;
        var inside = new Dictionary<int, double>();
        var total = new Dictionary<int, double>();
        for (int v = 0; v < n; v++)
        {
            total[community[v]] = total.GetValueOrDefault(community[v]) + g.Degree[v];
            foreach (var (u, w) in g.Neighbours[v])
                if (community[u] == community[v]) inside[community[v]] = inside.GetValueOrDefault(community[v]) + (u == v ? 2 * w : w);
        }
        return total.Keys.Sum(c => inside.GetValueOrDefault(c) / m2 - Math.Pow(total[c] / m2, 2));
    }

    private static (int[] Community, bool Moved) LocalMoves(Graph g)
    {
        int n = g.Size;
        var community = Enumerable.Range(0, n).ToArray();
        var total = (double[])g.Degree.Clone();
        double m2 = g.TotalWeight;
        bool movedAny = false;
        if (m2 == 0) return (community, false);
        for (int pass = 0; pass < 100; pass++)
        {
            bool moved = false;
            for (int v = 0; v < n; v++)
            {
                int current = community[v];
                var links = new SortedDictionary<int, double>();
                foreach (var (u, w) in g.Neighbours[v])
                    if (u != v) links[community[u]] = links.GetValueOrDefault(community[u]) + w;
                total[current] -= g.Degree[v];
                int best = current;
                double bestGain = links.GetValueOrDefault(current) - total[current] * g.Degree[v] / m2;
                foreach (var (c, kin) in links)
                {
                    double gain = kin - total[c] * g.Degree[v] / m2;
                    if (gain > bestGain + 1e-12) { best = c; bestGain = gain; }
                }
                total[best] += g.Degree[v];
                if (best != current) { community[v] = best; moved = true; movedAny = true; }
            }
            if (!moved) break;
        }
        return (Renumber(community), movedAny);
    }

    private static int[] Renumber(int[] community)
    {
        var map = new Dictionary<int, int>();
        return [.. community.Select(c => map.TryGetValue(c, out int k) ? k : map[c] = map.Count)];
    }

    private sealed class Graph
    {
        public required int Size { get; init; }
        public required List<(int Node, double Weight)>[] Neighbours { get; init; }
        public required double[] Degree { get; init; }
        public double TotalWeight => Degree.Sum();

        public static Graph From(int n, IEnumerable<(int A, int B, double Weight)> edges)
        {
            var merged = new Dictionary<(int, int), double>();
            foreach (var (a, b, w) in edges)
            {
                var key = a <= b ? (a, b) : (b, a);
                merged[key] = merged.GetValueOrDefault(key) + w;
            }
            var neighbours = new List<(int, double)>[n];
            for (int i = 0; i < n; i++) neighbours[i] = [];
            var degree = new double[n];
            foreach (var ((a, b), w) in merged.OrderBy(e => e.Key))
            {
                neighbours[a].Add((b, w));
                degree[a] += w;
                if (a != b) { neighbours[b].Add((a, w)); degree[b] += w; }
                else degree[a] += w; // a self-loop counts twice towards its node's degree
            }
            return new Graph { Size = n, Neighbours = neighbours, Degree = degree };
        }

        public Graph Aggregate(int[] community)
        {
            int k = community.Max() + 1;
            var edges = new List<(int, int, double)>();
            for (int v = 0; v < Size; v++)
                foreach (var (u, w) in Neighbours[v])
                    if (v < u) edges.Add((community[v], community[u], w));
                    else if (v == u) edges.Add((community[v], community[v], w));
            return From(k, edges);
        }
    }
}
