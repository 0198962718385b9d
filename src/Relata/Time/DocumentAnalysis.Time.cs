using Relata.Time;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Temporal expressions in text order, set by the time stage.</summary>
    public List<Timex> Timexes { get; } = [];
}
