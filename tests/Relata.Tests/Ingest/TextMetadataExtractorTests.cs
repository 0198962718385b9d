using Relata.Ingest.Metadata;

namespace Relata.Tests.Ingest;

public sealed class TextMetadataExtractorTests
{
    private const string Body = "Border guards reported a sharp rise in crossings during the first quarter of the year.";

    private static TextMetadataExtractor.Result Extract(string text) => TextMetadataExtractor.Default.Extract(text);

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("by Karim al-Hassan", "Karim al-Hassan", null)]
    [InlineData("By Jane Doe – Steppe Press Agency", "Jane Doe", "Steppe Press Agency")]
    [InlineData("By Jane Doe and John Roe | Caspian News", "Jane Doe and John Roe", "Caspian News")]
    [InlineData("Jane Doe – Steppe Press Agency", "Jane Doe", "Steppe Press Agency")]
    [InlineData("Written by Olena Kovalenko", "Olena Kovalenko", null)]
    [InlineData("By Jane Doe, Staff Writer", "Jane Doe", null)]
    [InlineData("By Jane Doe | 5 min read", "Jane Doe", null)]
    public void Reads_bylines_and_removes_them_from_the_text(string byline, string author, string? outlet)
    {
        var result = Extract($"Corridor Plans Advance\n\n{byline}\n\n{Body}");
        Assert.Equal(author, result.Metadata.Author);
        Assert.Equal(outlet, result.Metadata.Outlet);
        Assert.Equal($"Corridor Plans Advance\n\n{Body}", result.Text);
    }

    [Fact]
    public void Reads_a_date_from_the_byline()
    {
        var result = Extract($"Corridor Plans Advance\n\nBy Jane Doe | April 9, 2025 | Caspian News\n\n{Body}");
        Assert.Equal(new DateOnly(2025, 4, 9), result.Metadata.PublishedDate);
        Assert.Equal("Caspian News", result.Metadata.Outlet);
    }

    [Fact]
    public void Reads_a_byline_at_the_end()
    {
        var result = Extract($"Corridor Plans Advance\n\n{Body}\n\nBy Jane Doe – Steppe Press Agency");
        Assert.Equal("Jane Doe", result.Metadata.Author);
        Assert.Equal("Steppe Press Agency", result.Metadata.Outlet);
        Assert.DoesNotContain("Jane Doe", result.Text);
    }

    [Theory]
    [InlineData("By contrast, the ministry declined to comment.")]
    [InlineData("By March 2025 the pipeline was complete")]
    [InlineData("Russia – China Relations")]
    [InlineData("By The Numbers")]
    public void Does_not_take_prose_or_headings_for_bylines(string line)
    {
        var result = Extract($"Title Line Here\n\n{line}\n\n{Body}");
        Assert.Null(result.Metadata.Author);
        Assert.Contains(line, result.Text);
    }

    [Theory]
    [InlineData("Farida Nazarova (@fnazarova) is a freelance expert based in Bishkek who writes on migration.", "Farida Nazarova")]
    [InlineData("Tomasz Wrona is a senior fellow at a Warsaw think tank.", "Tomasz Wrona")]
    public void Names_the_author_from_a_closing_biography_and_keeps_it(string bio, string author)
    {
        var result = Extract($"Title Line Here\n\n{Body}\n\n{Body}\n\n{bio}");
        Assert.Equal(author, result.Metadata.Author);
        Assert.EndsWith(bio, result.Text);
    }

    [Theory]
    [InlineData("Vladimir Putin is a former intelligence officer who has led the country since 2000.")]
    [InlineData("Kazakhstan is a major exporter of uranium and grain.")]
    public void Does_not_take_closing_prose_for_a_biography(string line)
    {
        var result = Extract($"Title Line Here\n\n{Body}\n\n{line}");
        Assert.Null(result.Metadata.Author);
    }

    [Fact]
    public void Reads_the_outlet_from_a_publication_line()
    {
        var result = Extract($"Transit Routes Gain Weight\nPublication: Steppe Weekly Monitor Volume: 12 Issue: 4\n\n{Body}");
        Assert.Equal("Steppe Weekly Monitor", result.Metadata.Outlet);
        Assert.Equal($"Transit Routes Gain Weight\n\n{Body}", result.Text);
    }

    [Fact]
    public void Takes_a_short_first_line_as_title()
    {
        var result = Extract($"Transit Routes Gain Weight\n\n{Body}");
        Assert.Equal("Transit Routes Gain Weight", result.Metadata.Title);
    }

    [Fact]
    public void Does_not_take_a_sentence_as_title()
    {
        var result = Extract($"{Body}\n\n{Body}");
        Assert.Null(result.Metadata.Title);
    }

    [Theory]
    [InlineData("April 9, 2025", 2025, 4, 9)]
    [InlineData("9 April 2025", 2025, 4, 9)]
    [InlineData("Published: 12 March 2024", 2024, 3, 12)]
    [InlineData("Wednesday, April 9, 2025", 2025, 4, 9)]
    [InlineData("2025-04-09", 2025, 4, 9)]
    public void Reads_a_date_line_near_the_top(string line, int y, int m, int d)
    {
        var result = Extract($"Transit Routes Gain Weight\n{line}\n\n{Body}");
        Assert.Equal(new DateOnly(y, m, d), result.Metadata.PublishedDate);
    }

    [Fact]
    public void Reads_a_dateline_that_opens_the_first_paragraph()
    {
        var result = Extract("ALMATY, March 3, 2025 (Steppe Wire) - Grain exports rose by a fifth, the ministry said.");
        Assert.Equal(new DateOnly(2025, 3, 3), result.Metadata.PublishedDate);
    }

    [Theory]
    [InlineData("MOSCOW, April 9 (Wire) - Talks resumed on Wednesday.")]
    [InlineData("April 9")]
    [InlineData("The meeting on April 9, 2025 ended early, according to two officials who attended it.")]
    public void Ignores_dates_without_a_year_or_inside_prose(string line)
    {
        var result = Extract($"Title Line\n{line}\n\n{Body}");
        Assert.Null(result.Metadata.PublishedDate);
    }

    [Theory]
    [InlineData("Wed, 09 Apr 2025 10:00:00 GMT", 2025, 4, 9)]
    [InlineData("Wed, 9 Apr 2025 23:30:00 +0300", 2025, 4, 9)]
    [InlineData("2025-04-09T23:30:00-05:00", 2025, 4, 9)]
    [InlineData("March 21st, 2024", 2024, 3, 21)]
    [InlineData("Sept. 5, 2023", 2023, 9, 5)]
    public void Parses_dates_in_source_formats(string value, int y, int m, int d)
    {
        Assert.True(LooseDate.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("April 2025")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Rejects_partial_dates(string value) => Assert.False(LooseDate.TryParse(value, out _));
}
