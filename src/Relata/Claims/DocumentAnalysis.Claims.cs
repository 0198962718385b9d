using Relata.Claims;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Attributed statements in text order (see <see cref="Claim"/>).</summary>
    public List<Claim> Claims { get; } = [];
}
