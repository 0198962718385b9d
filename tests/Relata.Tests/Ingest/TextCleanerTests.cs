using Relata.Ingest.Cleaning;

namespace Relata.Tests.Ingest;

public sealed class TextCleanerTests
{
    private const string Prose1 = "The delegation arrived in Tashkent on Monday to discuss a new rail corridor.";
    private const string Prose2 = "Officials said the project would cost about $4.6 billion over seven years.";

    private static string Clean(string text) => TextCleaner.Default.Clean(text);

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Your email address will not be published.")]
    [InlineData("Required fields are marked *")]
    [InlineData("The post Ferry Link Reopens appeared first on Caspian Weekly.")]
    [InlineData("Поделиться")]
    [InlineData("Laisser un commentaire")]
    [InlineData("Back to top button")]
    [InlineData("Back to top ↑")]
    [InlineData("Share this:")]
    [InlineData("Click to share on Telegram (Opens in new window)")]
    [InlineData("Image: Xinhua (Photo by Li Wei)")]
    [InlineData("Photo: Anadolu Agency")]
    [InlineData("Photo by Ahmad Khan/Getty Images")]
    [InlineData("By:")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("* The Centre for Regional Studies does not take institutional positions on any issues; views are the author's own.")]
    [InlineData("Tags: Kazakhstan, Transit, Energy")]
    [InlineData("© 2025 Example Media Group. All rights reserved.")]
    [InlineData("EuropeAnalysisDefence & SecurityEnergyPoliticsTrade")]
    [InlineData("AsiaAnalysisEconomy & DevelopmentPoliticsSecurity")]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.")]
    public void Drops_debris_lines(string debris)
    {
        string cleaned = Clean($"{Prose1}\n\n{debris}\n\n{Prose2}");
        Assert.Equal($"{Prose1}\n\n{Prose2}", cleaned);
    }

    [Theory]
    [InlineData("By contrast, the ministry declined to comment on the leaked draft.")]
    [InlineData("Share prices in Almaty fell sharply after the announcement.")]
    [InlineData("The photo by a local reporter showed long queues at the border crossing.")]
    [InlineData("Related talks are expected in Islamabad later this month.")]
    [InlineData("Cookies and other snacks were distributed to the children, the agency reported.")]
    [InlineData("The iPhone maker and McDonald's both suspended operations in the country.")]
    [InlineData("Economic Ties and Interdependence: Gas, Fuel, and Trade")]
    [InlineData("Back to the main question: can the corridor pay for itself?")]
    [InlineData("Leave aside the rhetoric, and the numbers tell a different story.")]
    public void Keeps_prose_that_resembles_debris(string prose)
    {
        string text = $"{Prose1}\n\n{prose}\n\n{Prose2}";
        Assert.Equal(text, Clean(text));
    }

    [Fact]
    public void Drops_a_related_posts_list_at_the_end()
    {
        string text = $"{Prose1}\n\n{Prose2}\n\nRelated Posts\n\nNew border crossing opens in the north\n\nTrade fair draws record crowds\n\nMinister visits Kabul";
        Assert.Equal($"{Prose1}\n\n{Prose2}", Clean(text));
    }

    [Fact]
    public void Keeps_an_author_biography_at_the_end()
    {
        const string bio = "Amina Rahimi is a researcher based in Dushanbe who studies regional water policy.";
        string text = $"{Prose1}\n\n{Prose2}\n\n{bio}";
        Assert.Equal(text, Clean(text));
    }

    [Fact]
    public void Lexicon_loads_from_bundled_data()
    {
        var lexicon = BoilerplateLexicon.Default;
        Assert.Contains("leave a reply", lexicon.Lines);
        Assert.NotEmpty(lexicon.Patterns);
        Assert.Contains("nav", lexicon.HtmlNoiseWords);
    }

    [Theory]
    [InlineData("AfricaAnalysisConflictPoliticsSecurity", true)]
    [InlineData("NewsWorldMiddle East", true)]
    [InlineData("PetroChina and YouTube", false)]
    [InlineData("Kazakhstan Uzbekistan Kyrgyzstan", false)]
    [InlineData("The MoU was signed by JinkoSolar.", false)]
    public void Detects_glued_category_runs(string line, bool expected) =>
        Assert.Equal(expected, GluedCategoryLine.Matches(line));
}
