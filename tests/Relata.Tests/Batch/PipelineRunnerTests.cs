using Relata.Batch;
using Relata.Export;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Batch;

public sealed class PipelineRunnerTests
{
    private static readonly RelataPipeline Pipeline = DefaultPipeline.Create();

    private static List<IngestItem> Inputs()
    {
        var items = new List<IngestItem>();
        for (int i = 0; i < 40; i++)
            items.Add(IngestItem.Of(TestDocuments.Text($"d{i}",
                $"Report {i}\n\nOn {1 + i % 28} May 2025, Foreign Minister Sergey Lavrov met officials in Tashkent. Trade reached ${100 + i} million in 2024, he said.\n")));
        items.Insert(7, IngestItem.Failed(new InputException("broken.txt", "empty input")));
        return items;
    }

    [Fact]
    public void Parallel_analysis_gives_the_same_results_in_the_same_order_as_sequential()
    {
        var sequential = Pipeline.Analyse(Inputs(), parallelism: 1).ToList();
        var parallel = Pipeline.Analyse(Inputs(), parallelism: 4).ToList();

        Assert.Equal(sequential.Count, parallel.Count);
        for (int i = 0; i < sequential.Count; i++)
        {
            Assert.Equal(sequential[i].Error, parallel[i].Error);
            string? Json(AnalysedItem a) => a.Analysis is null ? null : ExtractJson.Serialize(ExtractMapper.Map(a.Analysis));
            Assert.Equal(Json(sequential[i]), Json(parallel[i]));
        }
    }

    [Fact]
    public void A_failed_input_stays_an_error_item_in_its_place()
    {
        var results = Pipeline.Analyse(Inputs(), parallelism: 2).ToList();

        Assert.Equal("broken.txt: empty input", results[7].Error);
        Assert.Null(results[7].Analysis);
        Assert.All(results.Where((_, i) => i != 7), r => Assert.NotNull(r.Analysis));
    }
}
