using Relata.Documents;

namespace Relata.Text;

/// <summary>Paragraphs are runs of non-blank lines; each line is its own paragraph when lines are long (one paragraph per line text).</summary>
public static class ParagraphSplitter
{
    public static IEnumerable<TextSpan> Split(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var span = Trim(text, i, lineEnd);
            if (span.Length > 0) yield return span;
            i = lineEnd + 1;
        }
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
