namespace Relata.Actors;

/// <summary>One problem in a knowledge-base file.</summary>
public sealed record KnowledgeBaseError(string File, int Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}

/// <summary>The knowledge base could not be loaded; <see cref="Errors"/> lists every problem, one line each.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<KnowledgeBaseError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<KnowledgeBaseError> Errors { get; } = errors;
}
