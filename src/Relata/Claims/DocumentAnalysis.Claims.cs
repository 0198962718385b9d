using Relata.Claims;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Attributed statements in text order (see <see cref="Claim"/>).</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>The claim and proposition stages' index of mentions by sentence (see <see cref="SentenceMentions"/>).</summary>
    internal SentenceMentions? ClaimMentionIndex { get; set; }
}
