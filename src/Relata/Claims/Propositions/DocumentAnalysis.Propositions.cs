using Relata.Claims.Propositions;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>One entry per claim that has a proposition key (stage "propositions"), in claim order.</summary>
    public List<ClaimProposition> Propositions { get; } = [];

    /// <summary>Propositions stated in the author's own voice, in sentences that hold no claim (ClaimId is null).</summary>
    public List<ClaimProposition> StatementPropositions { get; } = [];

    /// <summary>The proposition of a claim, or null.</summary>
    public ClaimProposition? PropositionOf(string claimId) => Propositions.Find(p => p.ClaimId == claimId);

    /// <summary>The proposition keyer's per-document memory (see <see cref="KeyerScratch"/>).</summary>
    internal KeyerScratch? PropositionScratch { get; set; }
}
