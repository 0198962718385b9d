using Relata.Documents;
using Relata.Pipeline;
using Relata.Quantities;
using Relata.Text;
using Relata.Time;

namespace Relata.Tests.Time;

internal static class TimeTestKit
{
    private static readonly RelataPipeline Pipeline = new RelataPipelineBuilder().UseSegmentation().UseTime().UseQuantities().Build();

    public static DocumentAnalysis Run(string text, string? published = null) =>
        Pipeline.Run(new Document("t", "mem", "txt", text,
            DocumentMetadata.Empty with { PublishedDate = published is null ? null : DateOnly.Parse(published) }, "h", "h"));

    public static Timex Single(DocumentAnalysis a, string text) =>
        a.Timexes.FirstOrDefault(t => t.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no timex '{text}'; found: {string.Join(" | ", a.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
}
