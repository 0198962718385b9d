using Relata.Documents;

namespace Relata.Tests.Text;

public class ParagraphTests
{
    private static string Paragraphs(string text)
    {
        var analysis = Segment.Run(text);
        return string.Join(" | ", analysis.Paragraphs.Select(p => $"{p.Role}: {p.Span.Slice(text)}"));
    }

    [Theory]
    [InlineData("One line here.\nAnother line here.", "Body: One line here. | Body: Another line here.")]
    [InlineData("First block.\n\n\nSecond block.", "Body: First block. | Body: Second block.")]
    [InlineData("Windows line.\r\nNext line.\r\n", "Body: Windows line. | Body: Next line.")]
    [InlineData("  Indented text.  \n\t\nTrailing.", "Body: Indented text. | Body: Trailing.")]
    [InlineData("This hard-wrapped paragraph continues on the\nnext line without a break.",
        "Body: This hard-wrapped paragraph continues on the\nnext line without a break.")]
    [InlineData("A short line\nlower case start.", "Heading: A short line | Body: lower case start.")]
    public void Splits_paragraphs_on_line_breaks_and_blank_lines(string text, string expected)
    {
        Assert.Equal(expected, Paragraphs(text));
    }

    private const string HardWrapped =
        "Shipping Outlook\n" +
        "\n" +
        "Freight rates on the northern corridor rose again in the\n" +
        "third quarter, as operators in Aktau and Baku reported\n" +
        "longer waits at the ferry terminals and higher fuel costs\n" +
        "for the crossing.\n" +
        "Insurers have also raised premiums for cargo bound for the\n" +
        "Black Sea ports, citing the war and a shortage of vessels\n" +
        "able to carry heavy loads across the Caspian this winter.\n" +
        "- Rates rose by a third on the main routes over the summer\n" +
        "- Waiting times doubled at two terminals\n";

    [Fact]
    public void Rejoins_the_lines_of_a_hard_wrapped_text()
    {
        var analysis = Segment.Run(HardWrapped);

        Assert.Equal([ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Bullet, ParagraphRole.Bullet],
            analysis.Paragraphs.Select(p => p.Role));
        Assert.StartsWith("Insurers have", analysis.Paragraphs[2].Span.Slice(HardWrapped));
        Assert.EndsWith("this winter.", analysis.Paragraphs[2].Span.Slice(HardWrapped));
        Assert.Equal(2, analysis.Sentences.Count(s => s.Paragraph is 1 or 2));
    }

    [Theory]
    [InlineData("Global Rivalry", ParagraphRole.Heading)]
    [InlineData("What Is at Stake for Ankara?", ParagraphRole.Heading)]
    [InlineData("Executive Summary:", ParagraphRole.Heading)]
    [InlineData("## Background to the dispute", ParagraphRole.Heading)]
    [InlineData("#hashtag campaigns spread quickly across the region last spring.", ParagraphRole.Body)]
    [InlineData("The “Sochi Format” and Its Limits", ParagraphRole.Heading)]
    [InlineData("The ministry confirmed the talks.", ParagraphRole.Body)]
    [InlineData("Why did the ministry confirm the talks so late in the day?", ParagraphRole.Body)]
    [InlineData("- a list item", ParagraphRole.Bullet)]
    [InlineData("• a list item", ParagraphRole.Bullet)]
    [InlineData("3. a list item", ParagraphRole.Bullet)]
    [InlineData("b) a list item", ParagraphRole.Bullet)]
    [InlineData("-5 degrees overnight were recorded in the valley.", ParagraphRole.Body)]
    [InlineData("Image: Reuters (Photo by Jan Novak)", ParagraphRole.Caption)]
    [InlineData("Photo: A convoy near the border crossing.", ParagraphRole.Caption)]
    [InlineData("Delegates arrive at the summit venue (Photo: AFP)", ParagraphRole.Caption)]
    [InlineData("A minister speaks in Lusaka, June 5, 2024. (AP Photo/Jo Banda)", ParagraphRole.Caption)]
    [InlineData("By Priya Raman – Coastal Wire", ParagraphRole.Byline)]
    [InlineData("by Tomas Lindqvist", ParagraphRole.Byline)]
    [InlineData("By 2030, the corridor will carry most of the freight.", ParagraphRole.Body)]
    [InlineData("By the Numbers", ParagraphRole.Heading)]
    [InlineData("Exports rose by a fifth. Imports fell (Source: customs office)", ParagraphRole.Body)]
    [InlineData("Leave a Reply", ParagraphRole.Boilerplate)]
    [InlineData("Your email address will not be published. Fields marked * must be filled in.", ParagraphRole.Boilerplate)]
    public void Recognises_the_role_of_a_standalone_paragraph(string text, ParagraphRole expected)
    {
        var analysis = Segment.Run(text);

        Assert.Equal(expected, Assert.Single(analysis.Paragraphs).Role);
    }

    private const string Article =
        "Port Deal Signals a Shift\n" +
        "The port authority signed a lease with a foreign operator on Monday. Unions objected.\n" +
        "Officials said the terminal would double capacity by 2027.\n" +
        "Dana Whitfield is a senior analyst at the Ministry of Ports, and she backed the lease.\n" +
        "Critics said the lease ran for too long.\n";

    [Theory]
    [InlineData("Leyla Haddad (@lhaddad) is a freelance analyst based in Amman. She covers Gulf shipping.", ParagraphRole.AuthorBio)]
    [InlineData("Marek J. Nowicki is a senior fellow at the Baltic Policy Institute.", ParagraphRole.AuthorBio)]
    [InlineData("Ana de la Cruz is an associate professor of history at a university in Lima.", ParagraphRole.AuthorBio)]
    [InlineData("The author is a former diplomat who served in Nairobi.", ParagraphRole.AuthorBio)]
    [InlineData("Kofi Mensah, a research fellow at a think tank in Accra, writes on West African security.", ParagraphRole.AuthorBio)]
    [InlineData("Kofi Mensah, the mayor, said the port would reopen.", ParagraphRole.Body)]
    [InlineData("The author is grateful to the two reviewers for their comments.", ParagraphRole.Acknowledgement)]
    [InlineData("* The institute takes no positions; the views expressed are those of the author.", ParagraphRole.Disclaimer)]
    [InlineData("Harbour fees will rise next year.", ParagraphRole.Body)]
    public void Recognises_notes_about_the_author_at_the_end(string closing, ParagraphRole expected)
    {
        var analysis = Segment.Run(Article + closing + "\nImage: Port of Example (Photo by Staff)");

        Assert.Equal(expected, analysis.Paragraphs[^2].Role);
        Assert.Equal(ParagraphRole.Caption, analysis.Paragraphs[^1].Role);
        Assert.False(analysis.Paragraphs[^2].IsReporting && expected != ParagraphRole.Body);
    }

    [Fact]
    public void A_bio_continues_into_the_next_paragraph_starting_with_a_pronoun()
    {
        var analysis = Segment.Run(Article + "Leyla Haddad is a journalist based in Amman.\nShe previously reported from Cairo.\n");

        Assert.Equal([ParagraphRole.AuthorBio, ParagraphRole.AuthorBio], analysis.Paragraphs.TakeLast(2).Select(p => p.Role));
    }

    [Fact]
    public void A_description_of_a_person_inside_the_body_is_not_a_bio()
    {
        var longArticle = string.Concat(Enumerable.Repeat(Article, 3));
        var analysis = Segment.Run(longArticle);

        Assert.All(analysis.Paragraphs, p => Assert.NotEqual(ParagraphRole.AuthorBio, p.Role));
    }

    [Fact]
    public void A_bio_right_after_the_byline_is_recognised()
    {
        var analysis = Segment.Run("Port Deal Signals a Shift\nBy Dana Whitfield\nDana Whitfield is a correspondent based in Riga.\n" + Article + Article);

        Assert.Equal([ParagraphRole.Heading, ParagraphRole.Byline, ParagraphRole.AuthorBio], analysis.Paragraphs.Take(3).Select(p => p.Role));
    }
}
