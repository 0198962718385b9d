using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using MakeDemoPdf;

// Usage: dotnet run --project tools/make-demo-pdf [-- <source.txt> <output.pdf>]
// Defaults: tools/make-demo-pdf/brief.txt -> data/demo/22-think-tank-brief-russia-afghanistan.pdf
var repoRoot = RepoRoot.Find();
var source = args.Length > 0 ? args[0] : Path.Combine(repoRoot, "tools", "make-demo-pdf", "brief.txt");
var output = args.Length > 1 ? args[1] : Path.Combine(repoRoot, "data", "demo", "22-think-tank-brief-russia-afghanistan.pdf");

var blocks = BriefSource.Parse(File.ReadAllLines(source));

using var builder = new PdfDocumentBuilder();
builder.DocumentInformation.Title = blocks.First(b => b.Kind == BlockKind.Title).Text;
builder.DocumentInformation.Author = "Selim Karayev";
builder.DocumentInformation.Subject = "Relata demo corpus: think-tank brief";
builder.DocumentInformation.Creator = "tools/make-demo-pdf";
builder.DocumentInformation.CreationDate = "D:20250915090000Z";

var fonts = new FontSet(
    builder.AddStandard14Font(Standard14Font.Helvetica),
    builder.AddStandard14Font(Standard14Font.HelveticaBold),
    builder.AddStandard14Font(Standard14Font.HelveticaOblique));

var pages = new List<PdfPageBuilder> { builder.AddPage(PageSize.A4) };
var layout = new PageLayout(pages[0], fonts);
var placed = layout.Place(blocks);

for (var i = 0; i < placed.Count; i++)
{
    if (i >= pages.Count) pages.Add(builder.AddPage(PageSize.A4));
    foreach (var line in placed[i])
        pages[i].AddText(line.Text, line.Size, new PdfPoint(line.X, line.Y), line.Font);
    var footer = $"Northbridge Institute for Eurasian Studies  |  Policy Brief No. 14  |  Page {i + 1} of {placed.Count}";
    pages[i].AddText(footer, 8, new PdfPoint(PageLayout.Margin, 30), fonts.Italic);
}

File.WriteAllBytes(output, StableId.Apply(builder.Build()));
Console.WriteLine($"Wrote {output} ({placed.Count} pages)");
