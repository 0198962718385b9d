namespace Relata.Pipeline;

/// <summary>One step of the extraction pipeline. Stages are pure: no I/O, no shared mutable state.</summary>
public interface IDocumentStage
{
    /// <summary>Short stable name, used in notes, logs and <see cref="RelataPipelineBuilder"/> lookups.</summary>
    string Name { get; }

    void Process(DocumentAnalysis analysis);
}
