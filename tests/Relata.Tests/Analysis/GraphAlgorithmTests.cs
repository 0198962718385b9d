using Relata.Analysis.Graphs;

namespace Relata.Tests.Analysis;

public sealed class GraphAlgorithmTests
{
    private static int[][] Adjacency(int n, params (int From, int To)[] edges)
    {
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (f, t) in edges) lists[f].Add(t);
        return [.. lists.Select(l => l.ToArray())];
    }

    [Fact]
    public void Betweenness_on_a_directed_chain_counts_the_pairs_each_node_lies_between()
    {
        // 0 → 1 → 2 → 3: node 1 lies on 0→2 and 0→3; node 2 on 0→3 and 1→3.
        var b = Brandes.Betweenness(Adjacency(4, (0, 1), (1, 2), (2, 3)));

        Assert.Equal([0, 2, 2, 0], b);
    }

    [Fact]
    public void Betweenness_splits_credit_between_equally_short_paths()
    {
        // A diamond 0 → {1, 2} → 3: two shortest paths from 0 to 3, one through each middle node.
        var b = Brandes.Betweenness(Adjacency(4, (0, 1), (0, 2), (1, 3), (2, 3)));

        Assert.Equal([0, 0.5, 0.5, 0], b);
    }

    [Fact]
    public void Betweenness_of_a_star_centre_counts_every_ordered_pair_of_leaves_and_normalises_to_one()
    {
        // Centre 0 linked both ways to leaves 1..4: every leaf-to-leaf path (4 × 3 ordered pairs) passes through 0.
        var edges = Enumerable.Range(1, 4).SelectMany(i => new[] { (0, i), (i, 0) }).ToArray();

        Assert.Equal(12, Brandes.Betweenness(Adjacency(5, edges))[0]);
        Assert.Equal(1, Brandes.Betweenness(Adjacency(5, edges), normalise: true)[0], 6);
    }

    [Fact]
    public void Louvain_separates_two_triangles_joined_by_one_edge()
    {
        var edges = new List<(int, int, double)> { (0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1) };

        var (community, modularity) = Louvain.Detect(6, edges);

        Assert.Equal([0, 0, 0, 1, 1, 1], community);
        // Two communities, each with 3 of the 7 edges inside and a degree sum of 7: Q = 2 × (3/7 − (7/14)²).
        Assert.Equal(2 * (3.0 / 7 - 0.25), modularity, 6);
    }

    [Fact]
    public void Louvain_keeps_disconnected_pairs_apart_and_isolated_nodes_alone()
    {
        var (community, _) = Louvain.Detect(5, [(0, 1, 5), (2, 3, 5)]);

        Assert.Equal(community[0], community[1]);
        Assert.Equal(community[2], community[3]);
        Assert.NotEqual(community[0], community[2]);
        Assert.DoesNotContain(community[4], community[..4]);
    }

    [Fact]
    public void Modularity_of_everything_in_one_community_is_zero()
    {
        var edges = new List<(int, int, double)> { (0, 1, 1), (1, 2, 1), (0, 2, 1) };

        Assert.Equal(0, Louvain.Modularity(3, edges, [0, 0, 0]), 9);
    }
}
