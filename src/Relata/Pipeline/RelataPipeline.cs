using Relata.Documents;

namespace Relata.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages. Build one with <see cref="RelataPipelineBuilder"/>.</summary>
public sealed class RelataPipeline
{
    internal RelataPipeline(IReadOnlyList<IDocumentStage> stages) => Stages = stages;

    public IReadOnlyList<IDocumentStage> Stages { get; }

    public DocumentAnalysis Run(Document document)
    {
        var analysis = new DocumentAnalysis(document);
        foreach (var stage in Stages)
            stage.Process(analysis);
        return analysis;
    }
}
