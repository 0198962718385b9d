using Relata.Documents;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Tests.Text;

internal static class Segment
{
    private static readonly RelataPipeline Pipeline = new RelataPipelineBuilder().UseSegmentation().Build();

    public static DocumentAnalysis Run(string text) =>
        Pipeline.Run(new Document("test", "memory", "txt", text, DocumentMetadata.Empty, "", ""));

    /// <summary>Sentence texts joined with " | ", the form the table-driven tests state their expectations in.</summary>
    public static string Sentences(string text) => string.Join(" | ", Run(text).Sentences.Select(s => s.Text));
}
