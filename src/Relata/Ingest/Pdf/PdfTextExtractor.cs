using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Relata.Ingest.Pdf;

/// <summary>
/// Text of a PDF in reading order: words by nearest-neighbour grouping (correct spacing), blocks by
/// Docstrum segmentation, blocks ordered by unsupervised reading-order detection. Each block becomes a
/// paragraph; lines inside a block are joined, mending words hyphenated across a line break.
/// </summary>
internal static class PdfTextExtractor
{
    public static (string Text, string? Author) Extract(PdfDocument pdf)
    {
        var sb = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
            if (words.Count == 0) continue;
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
            var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
            foreach (var block in ordered)
            {
                string paragraph = JoinLines(block.TextLines.Select(l => l.Text));
                if (paragraph.Length > 0) sb.Append(paragraph).Append("\n\n");
            }
        }
        var info = pdf.Information;
        return (sb.ToString(), NullIfBlank(info.Author));
    }

    /// <summary>Joins a block's lines with spaces; "inter-" + "national" becomes "international".</summary>
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
