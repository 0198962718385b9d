using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class TextAndMarkdownReaderTests
{
    private const string Para1 = "Water levels in the reservoir fell to a ten-year low in August, the agency said.";
    private const string Para2 = "Farmers downstream have asked for a new allocation agreement before the spring planting.";

    [Fact]
    public void Reads_plain_text_with_debris_and_byline()
    {
        string text = $"AsiaAnalysisEnvironmentPoliticsWater\n\nReservoir Hits Ten-Year Low\n\nby Malika Yusupova\n\n{Para1}\n\n{Para2}\n\nLeave a Reply\n\nYour email address will not be published.\n\nBack to top button";
        var doc = ReadSingle(Input("notes/reservoir.txt", text));
        Assert.Equal($"Reservoir Hits Ten-Year Low\n\n{Para1}\n\n{Para2}", doc.Text);
        Assert.Equal("Reservoir Hits Ten-Year Low", doc.Metadata.Title);
        Assert.Equal("Malika Yusupova", doc.Metadata.Author);
        Assert.Equal("txt", doc.Format);
        Assert.Equal("utf-8", doc.Metadata.Encoding);
    }

    [Fact]
    public void Reads_markdown_as_plain_text_with_title_from_first_heading()
    {
        string md = $"---\nlayout: post\n---\n# Reservoir *Hits* Low\n\n{Para1.Replace("ten-year low", "**ten-year low**")}\n\n- {Para2}\n\n> A quoted [remark](https://example.org) from an engineer.\n\n![chart](c.png)\n";
        var doc = ReadSingle(Input("reservoir.md", md));
        Assert.Equal("Reservoir Hits Low", doc.Metadata.Title);
        Assert.Equal($"Reservoir Hits Low\n\n{Para1}\n\n{Para2}\n\nA quoted remark from an engineer.", doc.Text);
        Assert.Equal("md", doc.Format);
    }

    [Fact]
    public void Keeps_the_text_of_raw_html_blocks_in_markdown()
    {
        string md = $"# Title Here\n\n<div class=\"note\">\n<p>{Para1}</p>\n</div>\n\n{Para2}\n";
        var doc = ReadSingle(Input("note.md", md));
        Assert.Equal($"Title Here\n\n{Para1}\n\n{Para2}", doc.Text);
    }
}
