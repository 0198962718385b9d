using Relata.Documents;
using Relata.Pipeline;
using Relata.Quantities;
using Relata.Text;
using Relata.Time;

namespace Relata.Tests.Time;

public class ReferenceDateTests
{
    [Fact]
    public void Stated_published_date_wins()
    {
        var a = TimeTestKit.Run("The talks opened on April 14, 2017.", "2017-04-20");
        Assert.False(a.ReferenceDate!.Inferred);
        Assert.Equal(new DateOnly(2017, 4, 20), a.ReferenceDate.Value);
    }

    [Fact]
    public void Infers_latest_day_date_and_ignores_a_far_future_outlier()
    {
        var a = TimeTestKit.Run("Talks began on 3 March 2024. A second round followed on 12 May 2024. One leaflet gives 19 May 2094 as the day of the talks.");
        Assert.True(a.ReferenceDate!.Inferred);
        Assert.Equal(new DateOnly(2024, 5, 12), a.ReferenceDate.Value);
        Assert.Contains("outlier", a.ReferenceDate.Reason);
    }

    [Fact]
    public void Citation_dates_without_year_take_the_writing_year()
    {
        var a = TimeTestKit.Run("The corridor opened (see EDM, December 6, 2024). Moscow denied the report (Gazeta.ru, June 19).");
        Assert.Equal(new DateOnly(2025, 6, 19), a.ReferenceDate!.Value);
        Assert.Contains("citation", a.ReferenceDate.Reason);
        var cited = TimeTestKit.Single(a, "June 19");
        Assert.True(cited.Citation);
        Assert.Equal("2025-06-19", cited.Value);
    }

    [Fact]
    public void Falls_back_to_the_latest_plausible_year()
    {
        var a = TimeTestKit.Run("The mine opened in 2003 and was sold in 2019. Output may triple by 2040.");
        Assert.Equal(2019, a.ReferenceDate!.Value.Year);
        Assert.Contains("year precision", a.ReferenceDate.Reason);
    }

    [Fact]
    public void No_dates_no_reference_date_and_a_note()
    {
        var a = TimeTestKit.Run("Nothing here names a time.");
        Assert.Null(a.ReferenceDate);
        Assert.Contains(a.Notes, n => n.Stage == TimeStage.StageName);
    }

    private static string? SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        string seeds = Path.Combine(dir.Parent.FullName, "shared", "seeds");
        return Directory.Exists(seeds) ? seeds : null;
    }

    [Fact]
    public void Every_seed_gets_a_reference_date_and_key_figures_have_unit_and_measure()
    {
        if (SeedsFolder() is not { } folder) return;
        var pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime().UseQuantities().Build();
        var kinds = new HashSet<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            string text = File.ReadAllText(file);
            var a = pipeline.Run(new Document(Path.GetFileName(file), file, "txt", text, DocumentMetadata.Empty, "h", "h"));
            // A text that names no calendar date at all (one seed does not) can only get one from its metadata.
            bool datable = a.Timexes.Any(t => t.Type == TimexType.Date && !t.Vague && t.Precision >= TimexPrecision.Year && t.Anchor.Kind == "none");
            Assert.True(!datable || a.ReferenceDate is not null, $"{Path.GetFileName(file)} has no reference date");
            foreach (var q in a.Quantities.Where(q => q.Dimension is "money" or "mass" or "percentage"))
            {
                kinds.Add(q.Dimension);
                Assert.False(string.IsNullOrEmpty(q.Unit));
                Assert.Equal(q.Text, text[q.Span.Start..q.Span.End]);
            }
            var key = a.Quantities.Where(q => q.Dimension is "money" or "mass").ToList();
            if (key.Count > 0)
                Assert.True(key.Count(q => !string.IsNullOrWhiteSpace(q.Measure?.Text)) * 2 >= key.Count,
                    $"{Path.GetFileName(file)}: most money/mass figures should have a measure");
        }
        Assert.Contains("money", kinds);
    }
}

public class CoarseReferenceTests
{
    [Theory]
    [InlineData("2025-12-31", TimexPrecision.Year, "2025-XX-XX")]
    [InlineData("2025-12", TimexPrecision.Year, "2025-XX")]
    [InlineData("2025-W52", TimexPrecision.Month, "2025-WXX")]
    [InlineData("2025-03-31", TimexPrecision.Month, "2025-03-XX")]
    [InlineData("2025-03-31", TimexPrecision.Day, "2025-03-31")]
    public void Masks_what_a_coarse_reference_cannot_know(string value, TimexPrecision known, string expected)
    {
        Assert.Equal(expected, Relata.Time.Normalisation.TimexResolver.Blur(value, known));
    }

    [Fact]
    public void Today_is_not_invented_from_a_year_only_reference()
    {
        var a = TimeTestKit.Run("The mine opened in 2003 and was sold in 2019. Today it stands idle.");
        Assert.Equal("2019-XX-XX", TimeTestKit.Single(a, "Today").Value);
    }

    [Fact]
    public void Days_later_after_a_year_mention_count_from_the_last_full_date()
    {
        var a = TimeTestKit.Run("The clinic opened on 17 April 2024, a plan first drafted in 2003. Five days later it was full.", "2024-06-01");
        Assert.Equal("2024-04-22", TimeTestKit.Single(a, "Five days later").Value);
    }
}
