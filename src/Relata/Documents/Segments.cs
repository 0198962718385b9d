namespace Relata.Documents;

public sealed record Paragraph(int Index, TextSpan Span);

/// <param name="Index">Zero-based position in the document.</param>
/// <param name="Paragraph">Index of the paragraph that holds it.</param>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, string Text)
{
    /// <summary>Index of the first token of this sentence in the document's token list.</summary>
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }
}

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}
