namespace Relata.Events.Patterns;

/// <summary>An event pattern table is malformed or inconsistent; names the file, line and problem.</summary>
public sealed class EventPatternLoadException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    /// <summary>Path relative to <c>data/</c>, e.g. <c>events/04-consult.yaml</c>.</summary>
    public string File { get; } = file;

    /// <summary>1-based line number.</summary>
    public long Line { get; } = line;

    public string Problem { get; } = problem;
}
