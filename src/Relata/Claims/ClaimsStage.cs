using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>Extracts attributed claims; needs the segmentation stage before it. Links speakers with the given linker.</summary>
public sealed class ClaimsStage(ClaimExtractor extractor, IClaimSpeakerLinker linker) : IDocumentStage
{
    public const string StageName = "claims";

    public string Name => StageName;

    public IClaimSpeakerLinker Linker => linker;

    public void Process(DocumentAnalysis analysis)
    {
        analysis.Claims.AddRange(extractor.Extract(analysis));
        if (linker is not NoSpeakerLinker) ClaimSpeakers.Link(analysis, linker);
    }
}

public static class ClaimsPipelineExtensions
{
    public static RelataPipelineBuilder UseClaims(this RelataPipelineBuilder builder, IClaimSpeakerLinker? linker = null) =>
        builder.Add(new ClaimsStage(ClaimExtractor.Bundled, linker ?? NoSpeakerLinker.Instance));

    /// <summary>Swaps the speaker linker of an existing claims stage (e.g. once the actor stage is in the pipeline).</summary>
    public static RelataPipelineBuilder UseClaimSpeakerLinker(this RelataPipelineBuilder builder, IClaimSpeakerLinker linker) =>
        builder.Replace(ClaimsStage.StageName, new ClaimsStage(ClaimExtractor.Bundled, linker));
}
