using Relata.Pipeline;

namespace Relata.Quantities;

/// <summary>Finds figures (money, mass, volume, energy, distance, percentages, counts) and links them to measure, period and actors.</summary>
public sealed class QuantityStage : IDocumentStage
{
    public const string StageName = "quantities";

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
    }
}

public static class QuantityPipelineExtensions
{
    /// <summary>Adds the quantity stage. Call after <c>UseSegmentation()</c> and <c>UseTime()</c> (periods link to timexes).</summary>
    public static RelataPipelineBuilder UseQuantities(this RelataPipelineBuilder builder) => builder.Add(new QuantityStage());
}
