using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Pipeline;

/// <summary>How the shipped stages feed each other (the composition in DefaultPipeline).</summary>
public sealed class DefaultPipelineTests
{
    private static readonly RelataPipeline Pipeline = DefaultPipeline.Create();

    private static DocumentAnalysis Run(string text, DocumentMetadata? metadata = null) =>
        Pipeline.Run(TestDocuments.Text("doc", text, metadata));

    [Fact]
    public void A_text_without_any_date_falls_back_to_the_source_modified_date_and_says_so()
    {
        var analysis = Run("Officials met to discuss the corridor.\n", new DocumentMetadata { SourceModified = new DateOnly(2024, 3, 9) });

        Assert.Equal(new DateOnly(2024, 3, 9), analysis.ReferenceDate!.Value);
        Assert.True(analysis.ReferenceDate.Inferred);
        Assert.Contains("last-modified", analysis.ReferenceDate.Reason);
    }

    [Fact]
    public void A_source_modified_date_bounds_the_document_but_does_not_date_its_events_or_claims()
    {
        var analysis = Run("Russia signed a trade agreement with Kazakhstan. The minister said the deal was fair.\n",
            new DocumentMetadata { SourceModified = new DateOnly(2024, 3, 9) });

        Assert.True(analysis.ReferenceDate!.UpperBoundOnly);
        Assert.Null(analysis.ReferenceDate.FactTimex);
        var signing = Assert.Single(analysis.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) || e.Cameo.StartsWith("06", StringComparison.Ordinal));
        Assert.Null(signing.Date);
        var extract = Relata.Export.ExtractMapper.Map(analysis);
        Assert.All(extract.Claims, c => Assert.Null(c.Date));
    }

    [Fact]
    public void A_published_date_dates_events_without_a_date_of_their_own()
    {
        var analysis = Run("Russia signed a trade agreement with Kazakhstan.\n", new DocumentMetadata { PublishedDate = new DateOnly(2024, 3, 9) });

        Assert.False(analysis.ReferenceDate!.UpperBoundOnly);
        var signing = Assert.Single(analysis.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) || e.Cameo.StartsWith("06", StringComparison.Ordinal));
        Assert.Equal("2024-03-09", signing.Date!.Value);
        Assert.Equal("document", signing.Date.From);
    }

    [Fact]
    public void Dates_the_text_mentions_win_over_the_source_modified_date()
    {
        var analysis = Run("The talks ended on 14 March 2023 in Tashkent.\n", new DocumentMetadata { SourceModified = new DateOnly(2026, 1, 1) });

        Assert.Equal(new DateOnly(2023, 3, 14), analysis.ReferenceDate!.Value);
    }

    [Theory]
    [InlineData("In March 2019, Kabul rejected the proposal.", "AFG.IRA")]
    [InlineData("Kabul rejected the proposal.", "grp.taliban")]
    public void A_sentence_dated_to_a_month_resolves_metonyms_at_that_date(string sentence, string government)
    {
        var analysis = Run($"Report\n\nPublished on 2 June 2025.\n\n{sentence}\n", new DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 2) });

        var kabul = Assert.Single(analysis.Mentions, m => m.Text == "Kabul");
        Assert.Equal(government, kabul.ActorId);
    }

    [Theory]
    [InlineData("In 1878 a Russian general staff officer travelled to Kabul, and Russia's diplomats followed.", "XRE")]
    [InlineData("When the Taliban were expelled in 2001, Russia's diplomats stayed in Dushanbe.", "RUS")]
    public void A_bare_year_re_dates_a_sentence_only_when_it_is_historical(string sentence, string state)
    {
        var analysis = Run($"Report\n\n{sentence}\n", new DocumentMetadata { PublishedDate = new DateOnly(2020, 3, 1) });

        var russia = Assert.Single(analysis.Mentions, m => m.Text == "Russia");
        Assert.Equal(state, russia.ActorId);
    }

    [Fact]
    public void A_claims_speaker_is_linked_to_the_actor_named_in_the_speaker_phrase()
    {
        var analysis = Run("Talks\n\nForeign Minister Sergey Lavrov said on 3 May 2025 that the talks had been useful.\n");

        var claim = Assert.Single(analysis.Claims);
        Assert.Equal("per.sergey-lavrov", claim.Speaker?.ActorId);
    }

    [Fact]
    public void A_figures_actor_names_are_linked_to_actor_ids_in_the_extract_record()
    {
        var analysis = Run("Trade\n\nTrade between Russia and Afghanistan reached $323 million in 2024.\n");

        var figure = Assert.Single(Relata.Export.ExtractMapper.Map(analysis).Quantities, q => q.Unit == "USD");
        Assert.Equal(["RUS", "AFG"], figure.Actors.Select(a => a.Id));
    }
}
