using Relata.Time;
using Relata.Time.Lexicon;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Temporal expressions in text order, set by the time stage.</summary>
    public List<Timex> Timexes { get; } = [];

    /// <summary>The time stage's fine tokens, handed to the quantity stage (see <see cref="SharedFineTokens"/>).</summary>
    internal (SharedFineTokens Buffer, long Stamp)? FineTokenShare { get; set; }
}
