namespace Relata.Events.Ontology;

/// <summary>An ontology table is malformed or inconsistent; names the file, line and problem.</summary>
public sealed class OntologyLoadException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    /// <summary>Path relative to <c>data/</c>, e.g. <c>ontology/cameo.yaml</c>.</summary>
    public string File { get; } = file;

    /// <summary>1-based line number.</summary>
    public long Line { get; } = line;

    public string Problem { get; } = problem;
}
