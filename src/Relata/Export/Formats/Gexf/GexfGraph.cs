namespace Relata.Export.Formats.Gexf;

/// <summary>A time interval of a dynamic GEXF element, both ends inclusive (timeformat "date").</summary>
public readonly record struct GexfSpell(DateOnly Start, DateOnly End);

public sealed record GexfNode(string Id, string Label, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<GexfSpell> Spells);

public sealed record GexfEdge(
    string Id, string Source, string Target, double Weight, string? Label, IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<GexfSpell> Spells);

/// <summary>A GEXF 1.3 graph as written by <see cref="GexfWriter"/> and read back by <see cref="GexfReader"/>.</summary>
/// <param name="Mode">static or dynamic.</param>
public sealed record GexfGraph(string Mode, string DefaultEdgeType, string? TimeFormat, IReadOnlyList<GexfNode> Nodes, IReadOnlyList<GexfEdge> Edges);
