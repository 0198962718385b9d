using Relata.Quantities;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Figures in text order, set by the quantity stage.</summary>
    public List<Quantity> Quantities { get; } = [];
}
