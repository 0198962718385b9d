using System.Text;

namespace Relata.Dossier;

/// <summary>Escaping for the dossier renderers: all document text passes through here.</summary>
public static class TextEscape
{
    /// <summary>HTML text and attribute values.</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }

    /// <summary>Markdown inline text: HTML-escaped, with Markdown punctuation backslash-escaped and line breaks flattened
    /// (so a sentence can sit in a table cell).</summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r' or '\n': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
