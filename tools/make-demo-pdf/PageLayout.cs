using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MakeDemoPdf;

public sealed record FontSet(
    PdfDocumentBuilder.AddedFont Regular,
    PdfDocumentBuilder.AddedFont Bold,
    PdfDocumentBuilder.AddedFont Italic);

public sealed record PlacedLine(string Text, double Size, double X, double Y, PdfDocumentBuilder.AddedFont Font);

/// <summary>Greedy word wrap onto A4 pages, breaking pages when the next line would cross the bottom margin.</summary>
public sealed class PageLayout(PdfPageBuilder measurer, FontSet fonts)
{
    public const double Margin = 62;
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Bottom = 56;
    private const double BulletIndent = 16;

    private readonly List<List<PlacedLine>> pages = [[]];
    private double y = PageHeight - Margin;

    public List<List<PlacedLine>> Place(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Title:
                    Emit(block.Text, fonts.Bold, 17, 22, Margin, spaceAfter: 6);
                    break;
                case BlockKind.Meta:
                    Emit(block.Text, fonts.Italic, 10, 13.5, Margin, spaceAfter: 2);
                    break;
                case BlockKind.Heading:
                    // Keep a heading with at least two lines of the text that follows it.
                    if (y - 12 - 3 * 15 < Bottom) NewPage();
                    else y -= 12;
                    Emit(block.Text, fonts.Bold, 12.5, 17, Margin, spaceAfter: 3);
                    break;
                case BlockKind.Bullet:
                    Emit(block.Text, fonts.Regular, 10.5, 14.5, Margin + BulletIndent, spaceAfter: 4, bullet: true);
                    break;
                default:
                    Emit(block.Text, fonts.Regular, 10.5, 14.5, Margin, spaceAfter: 7);
                    break;
            }
        }
        return pages;
    }

    private void Emit(string text, PdfDocumentBuilder.AddedFont font, double size, double leading, double left, double spaceAfter, bool bullet = false)
    {
        var first = true;
        foreach (var line in Wrap(text, font, size, PageWidth - Margin - left))
        {
            if (y - leading < Bottom) NewPage();
            y -= leading;
            if (bullet && first) pages[^1].Add(new PlacedLine("-", size, left - BulletIndent + 4, y, font));
            pages[^1].Add(new PlacedLine(line, size, left, y, font));
            first = false;
        }
        y -= spaceAfter;
    }

    private void NewPage()
    {
        pages.Add([]);
        y = PageHeight - Margin;
    }

    private IEnumerable<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, font, size) > width)
            {
                yield return current;
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) yield return current;
    }

    private double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        var letters = measurer.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }
}
