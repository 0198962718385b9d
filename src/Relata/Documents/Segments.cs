namespace Relata.Documents;

/// <summary>What a paragraph is for. Later stages use it to skip text that is not reporting (e.g. people in author bios).</summary>
public enum ParagraphRole : byte
{
    /// <summary>Running text of the article.</summary>
    Body,
    /// <summary>A short line without terminal punctuation: a title or section heading.</summary>
    Heading,
    /// <summary>A list item ("- …", "• …", "1. …"); its sentence starts after the marker.</summary>
    Bullet,
    /// <summary>"By Jane Doe", "by Jane Doe – Agency": names the author, not a participant.</summary>
    Byline,
    /// <summary>A note describing the author ("Jane Doe (@jdoe) is a senior fellow at …").</summary>
    AuthorBio,
    /// <summary>An image caption or credit ("Image: …", "Photo: …").</summary>
    Caption,
    /// <summary>A publisher's disclaimer ("the views expressed are those of the author").</summary>
    Disclaimer,
    /// <summary>The author's thanks ("The author is grateful to …").</summary>
    Acknowledgement,
    /// <summary>Page furniture left in the text ("Leave a Reply", "Share this:", "Back to top").</summary>
    Boilerplate,
}

public sealed record Paragraph(int Index, TextSpan Span)
{
    public ParagraphRole Role { get; init; } = ParagraphRole.Body;

    /// <summary>True for text that reports (body, headings, list items) rather than describes the author or the page.</summary>
    public bool IsReporting => Role is ParagraphRole.Body or ParagraphRole.Heading or ParagraphRole.Bullet;
}

/// <param name="Index">Zero-based position in the document.</param>
/// <param name="Paragraph">Index of the paragraph that holds it.</param>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, string Text)
{
    /// <summary>Index of the first token of this sentence in the document's token list.</summary>
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }

    /// <summary>True when the sentence starts inside a quotation opened by an earlier sentence (the quote continues).</summary>
    public bool StartsInQuotation { get; init; }
}

public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Url, Email, Handle }

public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}
