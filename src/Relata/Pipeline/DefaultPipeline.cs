using Relata.Actors;
using Relata.Actors.Linking;
using Relata.Claims;
using Relata.Documents;
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
            .UseActors(knowledgeBase, new ActorLinkingOptions { ParagraphRole = ActorRole, SentenceDate = SentenceDates.Of })
            .UseQuantities()
            .UseTopics()
            .UseClaims(new MentionSpeakerLinker());

    public static RelataPipeline Create(ActorKnowledgeBase? knowledgeBase = null) =>
        new RelataPipelineBuilder().UseDefaults(knowledgeBase).Build();

    /// <summary>Segmentation decides what a paragraph is; the actor stage only needs to know what to skip.</summary>
    private static ActorParagraphRole ActorRole(DocumentAnalysis analysis, Paragraph paragraph) => paragraph.Role switch
    {
        ParagraphRole.AuthorBio or ParagraphRole.Byline or ParagraphRole.Acknowledgement => ActorParagraphRole.AuthorBio,
        ParagraphRole.Caption or ParagraphRole.Disclaimer or ParagraphRole.Boilerplate => ActorParagraphRole.Caption,
        _ => ActorParagraphRole.Body,
    };
}
