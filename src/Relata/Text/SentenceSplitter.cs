using Relata.Documents;

namespace Relata.Text;

/// <summary>Splits a paragraph into sentences at terminal punctuation followed by space and a capital.</summary>
public static class SentenceSplitter
{
    public static IEnumerable<TextSpan> Split(string text, TextSpan paragraph)
    {
        int start = paragraph.Start;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            int next = i + 1;
            while (next < paragraph.End && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')') next++;
            if (next >= paragraph.End || !char.IsWhiteSpace(text[next])) continue;
            int after = next;
            while (after < paragraph.End && char.IsWhiteSpace(text[after])) after++;
            if (after < paragraph.End && !char.IsUpper(text[after]) && text[after] is not ('"' or '\u201C')) continue;
            var span = ParagraphSplitter.Trim(text, start, next);
            if (span.Length > 0) yield return span;
            start = after;
        }
        var last = ParagraphSplitter.Trim(text, start, paragraph.End);
        if (last.Length > 0) yield return last;
    }
}
