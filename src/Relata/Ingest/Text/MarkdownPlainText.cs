using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Relata.Ingest.Text;

/// <summary>Renders a Markdig syntax tree as plain text: one block per line, a blank line between blocks.</summary>
internal static class MarkdownPlainText
{
    public static string Render(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock or ThematicBreakBlock) continue;
            string text = block switch
            {
                HtmlBlock html => HtmlText(html.Lines.ToString()),
                CodeBlock code => code.Lines.ToString(),
                _ => Inline(block),
            };
            if (string.IsNullOrWhiteSpace(text)) continue;
            sb.Append(text.Trim()).Append("\n\n");
        }
        return sb.ToString();
    }

    /// <summary>Raw HTML inside Markdown: its visible text, scripts and styles dropped.</summary>
    private static string HtmlText(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.QuerySelectorAll("script, style").ToList()) element.Remove();
        return document.Body?.TextContent ?? "";
    }

    public static string Inline(LeafBlock block)
    {
        if (block.Inline is null) return "";
        var sb = new StringBuilder();
        Append(block.Inline, sb);
        return sb.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline child: Append(child, sb); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            }
        }
    }
}
