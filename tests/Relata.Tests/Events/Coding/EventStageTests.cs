using Relata.Actors;
using Relata.Documents;
using Relata.Events.Coding;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Time;

namespace Relata.Tests.Events.Coding;

public sealed class EventStageTests
{
    [Fact]
    public void Empty_document_yields_no_events()
    {
        var analysis = EventSpecTests.Pipeline.Run(TestDocuments.Text("empty", ""));
        Assert.Empty(analysis.Events);
    }

    [Fact]
    public void Works_without_the_claims_stage()
    {
        var pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime()
            .UseActors(null, new ActorLinkingOptions { SentenceDate = SentenceDates.Of }).UseEvents().Build();
        var analysis = pipeline.Run(TestDocuments.Text("t", "Kazakhstan closed its border with Kyrgyzstan on Monday.",
            new DocumentMetadata { PublishedDate = new DateOnly(2024, 3, 6) }));
        var e = Assert.Single(analysis.Events);
        Assert.Equal("191", e.Cameo);
        Assert.Equal("e1", e.Id);
        Assert.Equal("2024-03-04", e.Date?.Value);
    }

    [Fact]
    public void Author_bio_names_are_no_event_participants()
    {
        var analysis = EventSpecTests.Analyse(
            "Turkey deployed troops to northern Iraq on Monday.\n\nJane Roe is a senior fellow who visited Kabul and Tehran in 2019.", "2024-05-08");
        Assert.NotEmpty(analysis.Events);
        Assert.All(analysis.Events, e => Assert.Equal(0, e.Evidence.Sentence));
    }

    [Fact]
    public void Stage_is_named_events_and_registered_once()
    {
        var builder = new RelataPipelineBuilder().UseSegmentation().UseEvents();
        Assert.True(builder.Contains(EventsStage.StageName));
        Assert.Equal("events", EventsStage.StageName);
    }
}
