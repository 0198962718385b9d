using System.Buffers;
using Relata.Documents;

namespace Relata.Text;

/// <summary>
/// Splits text into paragraphs at blank lines and at line breaks (most inputs carry one paragraph per line).
/// A hard-wrapped line is kept with the next one: it does not end in terminal punctuation and the next line
/// starts in lower case.
/// </summary>
public static class ParagraphSplitter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>Lines shorter than this are never treated as wrapped (headings, bylines).</summary>
    private const int MinWrappedLineLength = 30;

    public static List<TextSpan> Split(string text)
    {
        var paragraphs = new List<TextSpan>();
        int paragraphStart = -1, paragraphEnd = -1;
        TextSpan previousLine = default;
        int i = 0;
        while (i <= text.Length)
        {
            int offset = text.AsSpan(i).IndexOfAny(LineBreaks);
            int lineEnd = offset < 0 ? text.Length : i + offset;
            var line = Trim(text, i, lineEnd);
            if (line.Length == 0)
            {
                Flush();
            }
            else if (paragraphStart >= 0 && IsWrapped(text, previousLine, line))
            {
                paragraphEnd = line.End;
            }
            else
            {
                Flush();
                paragraphStart = line.Start;
                paragraphEnd = line.End;
            }
            if (line.Length > 0) previousLine = line;
            if (lineEnd >= text.Length) break;
            i = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (paragraphStart >= 0) paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }
    }

    private static bool IsWrapped(string text, TextSpan previous, TextSpan next)
    {
        if (previous.Length < MinWrappedLineLength) return false;
        char last = text[previous.End - 1];
        if (TextChars.IsTerminator(last) || last is ':' or ';' || TextChars.IsCloser(last)) return false;
        return char.IsLower(text[next.Start]);
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && TextChars.IsSpace(text[start])) start++;
        while (end > start && TextChars.IsSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
