using Relata.Pipeline;

namespace Relata.Topics;

/// <summary>Tags every sentence with policy areas; needs the segmentation stage before it.</summary>
public sealed class TopicsStage(TopicTagger tagger) : IDocumentStage
{
    public const string StageName = "topics";

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        tagger.TagSentences(analysis.Text, analysis.Tokens, analysis.Sentences, analysis.Topics);
    }
}

public static class TopicsPipelineExtensions
{
    public static RelataPipelineBuilder UseTopics(this RelataPipelineBuilder builder, TopicTagger? tagger = null) =>
        builder.Add(new TopicsStage(tagger ?? TopicTagger.Bundled));
}
