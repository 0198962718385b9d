using Relata.Ingest;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class PdfReaderTests
{
    private static readonly string[] LeftColumn =
    [
        "Grain shipments through the",
        "northern corridor rose sharply",
        "in the spring, driven by inter-",
        "national demand for wheat.",
    ];

    private static readonly string[] RightColumn =
    [
        "Port authorities expect the",
        "trend to continue into the",
        "autumn harvest season.",
    ];

    private static byte[] TwoColumnPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        AddLines(page, font, LeftColumn, 50);
        AddLines(page, font, RightColumn, 320);
        return builder.Build();
    }

    private static void AddLines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string[] lines, double x)
    {
        double y = 700;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(x, y), font);
            y -= 14;
        }
    }

    [Fact]
    public void Reads_columns_in_reading_order_with_word_spacing_and_mended_hyphens()
    {
        var doc = ReadSingle(new SourceInput("report.pdf", TwoColumnPdf()));
        Assert.Equal("pdf", doc.Format);
        Assert.Equal(
            "Grain shipments through the northern corridor rose sharply in the spring, driven by international demand for wheat.\n\n"
            + "Port authorities expect the trend to continue into the autumn harvest season.",
            doc.Text);
    }

    [Fact]
    public void Drops_page_numbers_and_running_headers_and_joins_paragraphs_across_pages()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[][] bodies =
        [
            ["The survey covered twelve border districts and", "found that most households rely on"],
            ["remittances from seasonal work abroad.", "Incomes fell in the winter months."],
            ["Local officials plan a new job scheme.", "It will start in the spring."],
        ];
        for (int i = 0; i < bodies.Length; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Regional Household Survey 2024", 9, new PdfPoint(50, 800), font);
            AddLines(page, font, bodies[i], 50);
            page.AddText((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(290, 40), font);
        }
        var doc = ReadSingle(new SourceInput("survey.pdf", builder.Build()));
        Assert.Equal(
            "The survey covered twelve border districts and found that most households rely on remittances from seasonal work abroad. Incomes fell in the winter months.\n\n"
            + "Local officials plan a new job scheme. It will start in the spring.",
            doc.Text);
    }

    [Fact]
    public void Rejects_a_truncated_pdf()
    {
        var bytes = TwoColumnPdf();
        var e = ReadError(new SourceInput("cut.pdf", bytes[..(bytes.Length / 3)]));
        Assert.Equal("cut.pdf", e.Input);
        Assert.Contains("PDF", e.Reason);
    }

    [Fact]
    public void Rejects_garbage_after_a_pdf_header()
    {
        var bytes = "%PDF-1.7\nthis is not really a pdf at all"u8.ToArray();
        var e = ReadError(new SourceInput("fake.pdf", bytes));
        Assert.Contains("PDF", e.Reason);
    }

    [Fact]
    public void Detects_a_pdf_by_content_whatever_its_name()
    {
        var doc = ReadSingle(new SourceInput("download", TwoColumnPdf()));
        Assert.Equal("pdf", doc.Format);
    }
}
