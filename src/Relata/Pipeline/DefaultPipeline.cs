using Relata.Quantities;
using Relata.Text;
using Relata.Time;

namespace Relata.Pipeline;

public static class DefaultPipeline
{
    /// <summary>Every stage Relata ships, in flow order.</summary>
    public static RelataPipelineBuilder UseDefaults(this RelataPipelineBuilder builder) =>
        builder.UseSegmentation().UseTime().UseQuantities();

    public static RelataPipeline Create() => new RelataPipelineBuilder().UseDefaults().Build();
}
