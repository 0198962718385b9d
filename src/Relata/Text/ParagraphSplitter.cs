using System.Buffers;
using Relata.Documents;

namespace Relata.Text;

/// <summary>
/// Splits text into paragraphs at blank lines and at line breaks (most inputs carry one paragraph per line).
/// Two kinds of wrapped text are rejoined: a single wrapped line (no terminal punctuation, next line in lower
/// case), and whole hard-wrapped documents (e-mail, PDF text, fixed-width files), where lines of similar width
/// run on until a short line, a blank line or a list item.
/// </summary>
public static class ParagraphSplitter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>Lines shorter than this are never treated as wrapped (headings, bylines).</summary>
    private const int MinWrappedLineLength = 30;

    public static List<TextSpan> Split(string text)
    {
        var lines = Lines(text);
        int wrapWidth = HardWrapWidth(lines);
        var paragraphs = new List<TextSpan>();
        int paragraphStart = -1, paragraphEnd = -1;
        TextSpan previous = default;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                Flush();
            }
            else if (paragraphStart >= 0 && (IsWrapped(text, previous, line) || ContinuesHardWrap(text, previous, line, wrapWidth)))
            {
                paragraphEnd = line.End;
            }
            else
            {
                Flush();
                paragraphStart = line.Start;
                paragraphEnd = line.End;
            }
            if (line.Length > 0) previous = line;
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (paragraphStart >= 0) paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }
    }

    /// <summary>Trimmed lines; blank lines are kept as empty spans.</summary>
    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int i = 0;
        while (true)
        {
            int offset = text.AsSpan(i).IndexOfAny(LineBreaks);
            int lineEnd = offset < 0 ? text.Length : i + offset;
            var line = Trim(text, i, lineEnd);
            lines.Add(line.Length == 0 ? new TextSpan(lineEnd, lineEnd) : line);
            if (lineEnd >= text.Length) return lines;
            i = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
    }

    private const int MinHardWrappedLines = 8;
    private const int MaxHardWrapWidth = 110;

    /// <summary>
    /// The usual line width when the whole text is hard-wrapped (no line longer than a fixed width and most lines
    /// close to it), otherwise 0. Texts with one paragraph per line have many lines far longer than that.
    /// </summary>
    private static int HardWrapWidth(List<TextSpan> lines)
    {
        int count = 0, longest = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            count++;
            longest = Math.Max(longest, line.Length);
        }
        if (count < MinHardWrappedLines || longest > MaxHardWrapWidth) return 0;
        int nearWidth = 0;
        foreach (var line in lines)
            if (line.Length >= longest * 3 / 4) nearWidth++;
        return nearWidth * 2 >= count ? longest : 0;
    }

    private static bool IsWrapped(string text, TextSpan previous, TextSpan next)
    {
        if (previous.Length < MinWrappedLineLength) return false;
        char last = text[previous.End - 1];
        if (TextChars.IsTerminator(last) || last is ':' or ';' || TextChars.IsCloser(last)) return false;
        return char.IsLower(text[next.Start]);
    }

    /// <summary>In a hard-wrapped text a full-width line runs on, unless the next line is a list item.</summary>
    private static bool ContinuesHardWrap(string text, TextSpan previous, TextSpan next, int width) =>
        width > 0 && previous.Length >= width * 3 / 4 && ListMarker.Length(text, next) == 0;

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && TextChars.IsSpace(text[start])) start++;
        while (end > start && TextChars.IsSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
