namespace Relata.Events.Patterns;

/// <summary>A pattern string is malformed; the loader turns it into an <see cref="EventPatternLoadException"/>.</summary>
public sealed class PatternSyntaxException(string problem) : Exception(problem);
