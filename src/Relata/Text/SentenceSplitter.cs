using Relata.Documents;

namespace Relata.Text;

/// <summary>A sentence's span and whether it starts inside a quotation that an earlier sentence opened.</summary>
public readonly record struct SentenceSpan(TextSpan Span, bool StartsInQuotation);

/// <summary>
/// Splits a paragraph into sentences with a single left-to-right scan. Every run of terminal punctuation
/// (plus any closing quotes or brackets) followed by white space is a candidate boundary; <see cref="BoundaryRules"/>
/// decides each one from the word before it and the word after it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A bracket opened this recently suppresses breaks until it closes ("(see Fig. 3. Source: …)").</summary>
    private const int MaxParentheticalLength = 300;

    /// <summary>Every character the scan below reacts to; the text between them is skipped in vectorised steps.</summary>
    private static readonly System.Buffers.SearchValues<char> s_significant =
        System.Buffers.SearchValues.Create("()[]\u201C\u201E\u00AB\u201D\u00BB\".!?\u2026\u203D");

    public static IEnumerable<TextSpan> Split(string text, TextSpan paragraph)
    {
        var sentences = new List<SentenceSpan>();
        Split(text, paragraph, TextLexicon.Default, sentences);
        return sentences.Select(s => s.Span);
    }

    public static void Split(string text, TextSpan paragraph, TextLexicon lexicon, List<SentenceSpan> into)
    {
        int end = paragraph.End, start = paragraph.Start;
        int depth = 0, lastOpen = -1;
        bool inQuote = false, startInQuote = false;
        for (int i = paragraph.Start; i < end; i++)
        {
            int skip = text.AsSpan(i, end - i).IndexOfAny(s_significant);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            switch (c)
            {
                case '(' or '[':
                    depth++;
                    lastOpen = i;
                    continue;
                case ')' or ']':
                    if (depth > 0) depth--;
                    continue;
                case '\u201C' or '\u201E' or '\u00AB':
                    inQuote = true;
                    continue;
                case '\u201D' or '\u00BB':
                    inQuote = false;
                    continue;
                case '"':
                    inQuote = i == paragraph.Start || TextChars.IsSpace(text[i - 1]) || TextChars.IsOpener(text[i - 1]);
                    continue;
                case '.' or '!' or '?' or '\u2026' or '\u203D':
                    break;
                default:
                    continue;
            }

            int runEnd = i;
            while (runEnd < end && TextChars.IsTerminator(text[runEnd])) runEnd++;
            int close = runEnd;
            while (close < end && TextChars.IsCloser(text[close]))
            {
                char closer = text[close++];
                if (closer is ')' or ']' && depth > 0) depth--;
                if (TextChars.IsDoubleQuote(closer)) inQuote = false;
            }
            if (close >= end) break;
            if (!TextChars.IsSpace(text[close]))
            {
                i = close - 1;
                continue;
            }
            int next = close;
            while (next < end && TextChars.IsSpace(text[next])) next++;
            if (next >= end) break;
            bool insideBrackets = depth > 0 && i - lastOpen < MaxParentheticalLength;
            if (!insideBrackets && BoundaryRules.IsBoundary(text, paragraph.Start, i, runEnd, next, end, lexicon))
            {
                Add(text, start, close, startInQuote, into);
                start = next;
                startInQuote = inQuote;
            }
            i = next - 1;
        }
        Add(text, start, end, startInQuote, into);
    }

    /// <summary>Longer runs without a sentence end (tables, lists flattened into one line) are cut so later stages stay fast.</summary>
    public const int MaxSentenceLength = 2000;

    private static void Add(string text, int start, int end, bool startsInQuotation, List<SentenceSpan> into)
    {
        var span = ParagraphSplitter.Trim(text, start, end);
        while (span.Length > MaxSentenceLength)
        {
            int cut = BestCut(text, span.Start, span.Start + MaxSentenceLength);
            into.Add(new SentenceSpan(ParagraphSplitter.Trim(text, span.Start, cut), startsInQuotation));
            span = ParagraphSplitter.Trim(text, cut, span.End);
        }
        if (span.Length > 0) into.Add(new SentenceSpan(span, startsInQuotation));
    }

    /// <summary>The end of the last clause in the second half of [start, limit): after ";", a dash, ",", or else a space.</summary>
    private static int BestCut(string text, int start, int limit)
    {
        int half = start + (limit - start) / 2, comma = -1, space = -1;
        for (int i = limit - 1; i > half; i--)
        {
            char c = text[i];
            if (!TextChars.IsSpace(c)) continue;
            char before = text[i - 1];
            if (before is ';' or '\u2014' or '\u2013') return i;
            if (before == ',' && comma < 0) comma = i;
            if (space < 0) space = i;
        }
        return comma > 0 ? comma : space > 0 ? space : limit;
    }
}
