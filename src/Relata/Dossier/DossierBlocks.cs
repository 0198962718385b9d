namespace Relata.Dossier;

/// <summary>A run of text in a dossier block: plain text, emphasised text, or a citation of a source sentence.</summary>
public abstract record Inline;
public sealed record TextRun(string Text, bool Strong = false) : Inline;
public sealed record CiteRun(Citation Citation) : Inline;

/// <summary>Layout blocks shared by the HTML and Markdown renderers, so both carry the same content.</summary>
public abstract record Block;
public sealed record HeadingBlock(int Level, string Text, string Id) : Block;
public sealed record ParagraphBlock(IReadOnlyList<Inline> Content) : Block;
public sealed record BulletsBlock(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block;
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;
/// <summary>A chart; Markdown leaves it out (the same numbers are in the table that follows it).</summary>
public sealed record SvgBlock(string Svg, string Caption) : Block;
/// <summary>A numbered source sentence, the target of citation links.</summary>
public sealed record SourceEntryBlock(Citation Citation, string Where) : Block;

internal sealed class InlineBuilder
{
    private readonly List<Inline> _runs = [];

    public InlineBuilder Text(string text) { _runs.Add(new TextRun(text)); return this; }
    public InlineBuilder Strong(string text) { _runs.Add(new TextRun(text, true)); return this; }
    public InlineBuilder Cite(Citation c) { _runs.Add(new CiteRun(c)); return this; }
    public IReadOnlyList<Inline> Build() => [.. _runs];

    public static IReadOnlyList<Inline> Of(string text) => [new TextRun(text)];
}
