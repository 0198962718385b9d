namespace Relata.Analysis.Graphs;

/// <summary>Brandes (2001) betweenness centrality on a directed, unweighted graph given as adjacency lists.</summary>
public static class Brandes
{
    /// <param name="successors">successors[v] lists the targets of v's edges (nodes 0..n-1).</param>
    /// <param name="normalise">Divide by (n−1)(n−2), the number of ordered pairs excluding the node.</param>
    public static double[] Betweenness(IReadOnlyList<IReadOnlyList<int>> successors, bool normalise = false)
    {
        int n = successors.Count;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = new List<int>[n];
        for (int i = 0; i < n; i++) predecessors[i] = [];
        var stack = new Stack<int>(n);
        var queue = new Queue<int>(n);
        for (int s = 0; s < n; s++)
        {
            for (int i = 0; i < n; i++) { predecessors[i].Clear(); sigma[i] = 0; distance[i] = -1; delta[i] = 0; }
            sigma[s] = 1;
            distance[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                stack.Push(v);
                foreach (int w in successors[v])
                {
                    if (distance[w] < 0) { distance[w] = distance[v] + 1; queue.Enqueue(w); }
                    if (distance[w] == distance[v] + 1) { sigma[w] += sigma[v]; predecessors[w].Add(v); }
                }
            }
            while (stack.Count > 0)
            {
                int w = stack.Pop();
                foreach (int v in predecessors[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                if (w != s) centrality[w] += delta[w];
            }
        }
        if (normalise && n > 2)
            for (int i = 0; i < n; i++) centrality[i] /= (n - 1.0) * (n - 2.0);
        return centrality;
    }
}
