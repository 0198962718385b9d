using Relata.Text;

namespace Relata.Pipeline;

public static class DefaultPipeline
{
    /// <summary>Every stage Relata ships, in flow order.</summary>
    public static RelataPipelineBuilder UseDefaults(this RelataPipelineBuilder builder) =>
        builder.UseSegmentation();

    public static RelataPipeline Create() => new RelataPipelineBuilder().UseDefaults().Build();
}
