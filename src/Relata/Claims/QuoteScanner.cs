using Relata.Documents;

namespace Relata.Claims;

/// <summary>A quotation: <see cref="Open"/> is the opening mark, <see cref="Close"/> the closing mark
/// (or the paragraph end when the quote is never closed).</summary>
internal readonly record struct Quote(int Open, int Close, bool Closed)
{
    public TextSpan Interior => new(Open + 1, Close);
}

/// <summary>
/// Finds double-quoted passages per paragraph: curly “…” and «…» pair up, straight " toggles.
/// Quotes may span sentences (that is how multi-sentence quotes are recognised) but not paragraphs.
/// </summary>
internal static class QuoteScanner
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\u201C\u201D\u00AB\u00BB\"\u201E");

    public static List<Quote> Scan(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<Quote>();
        foreach (var p in paragraphs)
        {
            int open = -1;
            for (int i = p.Span.Start; i < p.Span.End; i++)
            {
                int next = text.AsSpan(i, p.Span.End - i).IndexOfAny(Marks);
                if (next < 0) break;
                i += next;
                char c = text[i];
                if (open < 0)
                {
                    if (c is '\u201C' or '\u00AB' or '"' or '\u201E') open = i;
                }
                else if (c is '\u201D' or '\u00BB' or '"' || (c == '\u201C' && text[open] == '\u201E'))
                {
                    quotes.Add(new Quote(open, i, true));
                    open = -1;
                }
            }
            if (open >= 0) quotes.Add(new Quote(open, p.Span.End, false));
        }
        return quotes;
    }

    /// <summary>Index of the quote whose marks or interior cover <paramref name="offset"/>, or -1.</summary>
    public static int IndexAt(List<Quote> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var q = quotes[mid];
            if (offset < q.Open) hi = mid - 1;
            else if (offset > q.Close) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    public static bool IsQuoteMark(char c) => c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '"' or '\u201E';
}
