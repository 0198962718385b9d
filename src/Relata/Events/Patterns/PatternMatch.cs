namespace Relata.Events.Patterns;

/// <summary>A half-open range of token indexes, <c>[Start, End)</c>.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Where the source of a match came from; <see cref="None"/> leaves it to the coder (the clause subject).</summary>
public enum SourceOrigin : byte { None, Slot, ByPhrase, Possessor }

/// <summary>One pattern matched over a token list.</summary>
/// <param name="Span">Tokens the pattern covers, from the trigger to its last element (a possessor before the trigger is not included).</param>
/// <param name="Target">Tokens of the target slot (or a target possessor), or null.</param>
/// <param name="Source">Tokens of the explicit source: a <c>$</c> slot, a "by" phrase or a possessor; null otherwise.</param>
/// <param name="Specificity">Literal tokens matched; higher wins.</param>
public sealed record PatternMatch(
    EventPattern Pattern,
    TokenRange Span,
    TokenRange? Target,
    TokenRange? Source,
    SourceOrigin SourceOrigin,
    int Specificity)
{
    public string Code => Pattern.Code;
}
