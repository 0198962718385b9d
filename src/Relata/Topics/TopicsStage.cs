using Relata.Pipeline;

namespace Relata.Topics;

/// <summary>Tags every sentence with policy areas; needs the segmentation stage before it.</summary>
public sealed class TopicsStage(TopicTagger tagger) : IDocumentStage
{
    public const string StageName = "topics";

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences)
        {
            var tags = tagger.Tag(analysis.Text, analysis.Tokens, sentence.FirstToken, sentence.TokenCount);
            if (tags.Count > 0) analysis.Topics.Add(new SentenceTopics(sentence.Index, tags));
        }
    }
}

public static class TopicsPipelineExtensions
{
    public static RelataPipelineBuilder UseTopics(this RelataPipelineBuilder builder, TopicTagger? tagger = null) =>
        builder.Add(new TopicsStage(tagger ?? TopicTagger.Bundled));
}
