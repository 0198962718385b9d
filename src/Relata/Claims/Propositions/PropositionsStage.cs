using Relata.Actors;
using Relata.Pipeline;

namespace Relata.Claims.Propositions;

/// <summary>Keys every claim to a proposition and records its stance; needs the claims stage (and actors, topics) before it.</summary>
public sealed class PropositionsStage(PropositionKeyer keyer) : IDocumentStage
{
    public const string StageName = "propositions";

    public string Name => StageName;

    public PropositionKeyer Keyer => keyer;

    [ThreadStatic] private static int[]? t_triggerIds;

    public void Process(DocumentAnalysis analysis)
    {
        int tokens = analysis.Tokens.Count;
        var ids = t_triggerIds is { } kept && kept.Length >= tokens ? kept : new int[Math.Max(tokens, 1024)];
        keyer.MapTriggers(analysis, ids);
        var scratch = keyer.Scratch(analysis);
        scratch.TriggerIds = ids;
        try { KeyAll(analysis); }
        finally
        {
            scratch.TriggerIds = null;
            // A long document's array is let go; ordinary ones are reused.
            t_triggerIds = ids.Length <= 1 << 16 ? ids : null;
        }
    }

    private void KeyAll(DocumentAnalysis analysis)
    {
        foreach (var claim in analysis.Claims)
            if (keyer.Key(claim, analysis) is { } proposition) analysis.Propositions.Add(proposition);
        if (!keyer.Options.AuthorStatements) return;
        var claimed = new bool[analysis.Sentences.Count];
        foreach (var c in analysis.Claims)
            for (int s = Math.Max(0, c.Evidence.FirstSentence); s <= Math.Max(c.Evidence.LastSentence, c.Evidence.Sentence) && s < claimed.Length; s++)
                claimed[s] = true;
        foreach (var sentence in analysis.Sentences)
        {
            if ((uint)sentence.Index < (uint)claimed.Length && claimed[sentence.Index] || sentence.StartsInQuotation) continue;
            if (sentence.Paragraph < analysis.Paragraphs.Count && !analysis.Paragraphs[sentence.Paragraph].IsReporting) continue;
            if (keyer.KeyStatement(sentence, analysis) is { } statement) analysis.StatementPropositions.Add(statement);
        }
    }
}

public static class PropositionsPipelineExtensions
{
    public static RelataPipelineBuilder UsePropositions(this RelataPipelineBuilder builder, ActorKnowledgeBase? knowledgeBase = null,
        PropositionOptions? options = null) =>
        builder.Add(new PropositionsStage(new PropositionKeyer(PropositionLexicon.Bundled,
            knowledgeBase ?? builder.Stages.OfType<ActorStage>().FirstOrDefault()?.KnowledgeBase ?? ActorKnowledgeBase.LoadBundled(),
            options ?? new PropositionOptions())));
}

public sealed record PropositionOptions
{
    /// <summary>Give claims without a predicate family a topic-level key (<c>topic:{topic}:{actor}</c>).</summary>
    public bool TopicKeys { get; init; } = true;

    /// <summary>Also key sentences in the author's own voice that hold no claim (into <c>StatementPropositions</c>).</summary>
    public bool AuthorStatements { get; init; } = true;
}
