using Relata.Actors;
using Relata.Actors.Linking;
using Relata.Claims;
using Relata.Claims.Propositions;
using Relata.Events.Coding;
using Relata.Quantities;
using Relata.Text;
using Relata.Time;
using Relata.Topics;

namespace Relata.Pipeline;

/// <summary>The composition root: every stage Relata ships, in flow order, and how they feed each other.</summary>
public static class DefaultPipeline
{
    public static RelataPipelineBuilder UseDefaults(this RelataPipelineBuilder builder, ActorKnowledgeBase? knowledgeBase = null) =>
        builder
            .UseSegmentation()
            .UseTime()
            .UseActors(knowledgeBase, new ActorLinkingOptions { SentenceDate = SentenceDates.Of })
            .UseQuantities()
            .UseTopics()
            .UseClaims(new MentionSpeakerLinker())
            .UsePropositions(knowledgeBase)
            .UseEvents();

    public static RelataPipeline Create(ActorKnowledgeBase? knowledgeBase = null) =>
        new RelataPipelineBuilder().UseDefaults(knowledgeBase).Build();
}
