using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>
/// Links a claim's speaker to an actor. The claims stage calls it once per claim after extraction
/// (so it can use any layer an earlier stage added, e.g. actor mentions), and stores the result in
/// <see cref="Claim.Speaker"/>. Use <see cref="ClaimSpeakers.Link"/> to (re)link an analysis later.
/// </summary>
public interface IClaimSpeakerLinker
{
    /// <summary>The actor behind <paramref name="claim"/>'s speaker (see SpeakerSpan, SpeakerHeadSpan,
    /// SpeakerText, AuthorJudgement), or null when it cannot tell.</summary>
    SpeakerRef? Link(Claim claim, DocumentAnalysis analysis);
}

/// <summary>The default: links nothing.</summary>
public sealed class NoSpeakerLinker : IClaimSpeakerLinker
{
    public static NoSpeakerLinker Instance { get; } = new();

    public SpeakerRef? Link(Claim claim, DocumentAnalysis analysis) => null;
}

/// <summary>Adapts a function, e.g. one that looks up the actor mention covering a span.</summary>
public sealed class DelegateSpeakerLinker(Func<Claim, DocumentAnalysis, SpeakerRef?> link) : IClaimSpeakerLinker
{
    public SpeakerRef? Link(Claim claim, DocumentAnalysis analysis) => link(claim, analysis);
}

public static class ClaimSpeakers
{
    /// <summary>Fills <see cref="Claim.Speaker"/> of every claim in the analysis; returns how many were linked.</summary>
    public static int Link(DocumentAnalysis analysis, IClaimSpeakerLinker linker)
    {
        int linked = 0;
        foreach (var claim in analysis.Claims)
        {
            claim.Speaker = linker.Link(claim, analysis);
            if (claim.Speaker is not null) linked++;
        }
        return linked;
    }
}
