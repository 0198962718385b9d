using Relata.Documents;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Actors;

/// <summary>What a paragraph is, for deciding whether the names in it are event participants.</summary>
public enum ActorParagraphRole : byte { Body, AuthorBio, Caption }

public sealed record ActorLinkingOptions
{
    /// <summary>Date of one sentence when a stage knows it better than the document date (e.g. "In 2019, …").</summary>
    public Func<DocumentAnalysis, Sentence, DateOnly?>? SentenceDate { get; init; }

    /// <summary>Paragraph roles from another stage; the default rule detects author bios and photo credits itself.</summary>
    public Func<DocumentAnalysis, Paragraph, ActorParagraphRole>? ParagraphRole { get; init; }

    /// <summary>Report capitalised unknown names as candidate mentions.</summary>
    public bool Candidates { get; init; } = true;
}

/// <summary>Links names in the text to the actor knowledge base (pipeline stage "actors").</summary>
public sealed class ActorStage(ActorKnowledgeBase? kb = null, ActorLinkingOptions? options = null) : IDocumentStage
{
    public const string StageName = "actors";

    public ActorKnowledgeBase KnowledgeBase { get; } = kb ?? ActorKnowledgeBase.LoadBundled();
    public ActorLinkingOptions Options { get; } = options ?? new();

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        if (analysis.Sentences.Count == 0 && analysis.Text.Length > 0) new SegmentationStage().Process(analysis);
        new Linking.DocumentLinker(analysis, KnowledgeBase, Options).Run();
    }
}

public static class ActorPipelineExtensions
{
    public static RelataPipelineBuilder UseActors(this RelataPipelineBuilder builder, ActorKnowledgeBase? kb = null, ActorLinkingOptions? options = null) =>
        builder.Add(new ActorStage(kb, options));
}
