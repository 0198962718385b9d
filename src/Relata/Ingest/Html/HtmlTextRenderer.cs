using System.Text;
using AngleSharp.Dom;

namespace Relata.Ingest.Html;

/// <summary>Renders an element's text with block structure: one block per line, a blank line between.</summary>
internal static class HtmlTextRenderer
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "figure",
        "address", "hr", "br", "center", "details", "summary", "caption", "form", "fieldset",
    };

    public static string Render(IElement root)
    {
        var output = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, output, line, preformatted: false);
        Flush(output, line);
        return output.ToString();
    }

    private static void Walk(INode node, StringBuilder output, StringBuilder line, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendText(line, text.Data, preformatted);
                    break;
                case IElement element:
                    string tag = element.LocalName;
                    bool block = BlockTags.Contains(tag);
                    if (block) Flush(output, line);
                    if (tag is "td" or "th" && line.Length > 0) line.Append(' ');
                    Walk(element, output, line, preformatted || tag == "pre");
                    if (block) Flush(output, line);
                    break;
            }
        }
    }

    private static void AppendText(StringBuilder line, string data, bool preformatted)
    {
        foreach (char c in data)
        {
            if (c == '\n' && preformatted) { line.Append('\n'); continue; }
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                continue;
            }
            line.Append(c);
        }
    }

    private static void Flush(StringBuilder output, StringBuilder line)
    {
        string text = line.ToString().Trim();
        line.Clear();
        if (text.Length == 0) return;
        output.Append(text).Append("\n\n");
    }
}
