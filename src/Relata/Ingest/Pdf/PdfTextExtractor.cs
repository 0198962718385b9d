using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Relata.Ingest.Pdf;

/// <summary>
/// Text of a PDF in reading order: words by nearest-neighbour grouping (correct spacing), blocks by
/// Docstrum segmentation, blocks ordered by unsupervised reading-order detection. Each block becomes a
/// paragraph; lines inside a block are joined, mending words hyphenated across a line break. Page numbers
/// and running headers/footers (the same block on most pages) are dropped, and a paragraph cut by a
/// column or page break is joined again when the next block continues it in lower case.
/// </summary>
internal static class PdfTextExtractor
{
    private const int MinPagesForRunningHeaders = 3;

    public static (string Text, string? Author) Extract(PdfDocument pdf)
    {
        var pages = new List<List<string>>();
        foreach (var page in pdf.GetPages())
            pages.Add(PageBlocks(page));

        var running = RunningBlocks(pages);
        var paragraphs = new List<string>();
        foreach (var block in pages.SelectMany(p => p))
        {
            if (running.Contains(Key(block)) || IsPageNumber(block)) continue;
            if (paragraphs.Count > 0 && Continues(paragraphs[^1], block))
                paragraphs[^1] = JoinLines([paragraphs[^1], block]);
            else
                paragraphs.Add(block);
        }
        return (string.Join("\n\n", paragraphs), NullIfBlank(pdf.Information.Author));
    }

    private static List<string> PageBlocks(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        if (words.Count == 0) return [];
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        return UnsupervisedReadingOrderDetector.Instance.Get(blocks)
            .Select(b => JoinLines(b.TextLines.Select(l => l.Text)))
            .Where(t => t.Length > 0)
            .ToList();
    }

    /// <summary>Blocks that recur on more than half of the pages (digits ignored, so "Page 3 of 9" counts).</summary>
    private static HashSet<string> RunningBlocks(List<List<string>> pages)
    {
        if (pages.Count < MinPagesForRunningHeaders) return [];
        var counts = pages.SelectMany(p => p.Select(Key).Distinct()).CountBy(k => k);
        return counts.Where(kv => kv.Value * 2 > pages.Count && kv.Key.Length <= 200).Select(kv => kv.Key).ToHashSet();
    }

    private static string Key(string block)
    {
        var sb = new StringBuilder(block.Length);
        foreach (char c in block) if (!char.IsDigit(c)) sb.Append(c);
        return sb.ToString().Trim();
    }

    private static bool IsPageNumber(string block)
    {
        string t = block.Trim();
        if (t.StartsWith("page ", StringComparison.OrdinalIgnoreCase)) t = t[5..];
        return t.Length is > 0 and <= 12 && t.All(c => char.IsDigit(c) || c is ' ' or '/' or '-' or '–' || c is 'o' or 'f');
    }

    /// <summary>True when <paramref name="next"/> continues a sentence that <paramref name="previous"/> left open.</summary>
    private static bool Continues(string previous, string next) =>
        previous.Length > 0 && next.Length > 0 && char.IsLower(next[0])
        && previous[^1] is not ('.' or '!' or '?' or ':' or '"' or '”' or '’' or ')');

    /// <summary>Joins lines with spaces; "inter-" + "national" becomes "international".</summary>
    internal static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (sb.Length > 0)
            {
                bool hyphenated = sb[^1] is '-' or '\u00AD' && sb.Length >= 2 && char.IsLetter(sb[^2]) && char.IsLower(line[0]);
                if (hyphenated) sb.Length--;
                else sb.Append(' ');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
