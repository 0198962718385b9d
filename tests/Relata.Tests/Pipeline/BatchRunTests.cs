using Relata.Batch;
using Relata.Documents;
using Relata.Export;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Pipeline;

public sealed class BatchRunTests
{
    private static readonly RelataPipeline Pipeline = DefaultPipeline.Create();

    /// <summary>The bundled demo texts (wire copy, analysis, features) plus short reports of our own, in one list.</summary>
    private static List<Document> Corpus()
    {
        var documents = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "data", "demo"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => DocumentFactory.Default.Create(path, "txt", File.ReadAllText(path), new DocumentMetadata(), "h"))
            .ToList();
        for (int i = 0; i < 12; i++)
            documents.Add(TestDocuments.Text($"short{i}",
                $"On {1 + i} March 2024, Kazakhstan and Uzbekistan signed a transit agreement, officials said. Exports of wheat rose to {200 + i},000 tons in 2023."));
        return documents;
    }

    private static string Json(DocumentAnalysis analysis) => ExtractJson.Serialize(ExtractMapper.Map(analysis));

    [Fact]
    public void A_batch_gives_every_document_the_same_analysis_as_running_it_alone()
    {
        var corpus = Corpus();
        var alone = corpus.Select(d => Json(Pipeline.Run(d))).ToList();

        var batched = Pipeline.RunBatch(corpus);

        Assert.Equal(corpus.Count, batched.Length);
        for (int i = 0; i < corpus.Count; i++)
        {
            Assert.Null(batched[i].Error);
            Assert.Equal(alone[i], Json(batched[i].Analysis!));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void The_runner_output_does_not_depend_on_the_batch_size(int batchSize)
    {
        var corpus = Corpus();
        var reference = Pipeline.Analyse(corpus.Select(IngestItem.Of), batchSize: PipelineRunner.DefaultBatchSize).Select(a => Json(a.Analysis!)).ToList();

        var other = Pipeline.Analyse(corpus.Select(IngestItem.Of), batchSize: batchSize).Select(a => Json(a.Analysis!)).ToList();

        Assert.Equal(reference, other);
    }

    [Fact]
    public void A_document_a_stage_fails_on_leaves_the_batch_and_the_others_finish()
    {
        var pipeline = new RelataPipelineBuilder().UseDefaults().InsertBefore("actors", new FailOn("bad")).Build();
        var documents = new[]
        {
            TestDocuments.Text("good1", "Russia and China held talks in Moscow on 3 May 2024."),
            TestDocuments.Text("bad", "Iran hosted a forum in Tehran."),
            TestDocuments.Text("good2", "Turkey supplied drones to Azerbaijan in 2020."),
        };

        var results = pipeline.RunBatch(documents);

        Assert.Equal("cannot read bad", results[1].Error?.Message);
        Assert.Null(results[1].Analysis);
        Assert.Equal(Json(pipeline.Run(documents[0])), Json(results[0].Analysis!));
        Assert.Equal(Json(pipeline.Run(documents[2])), Json(results[2].Analysis!));
    }

    [Fact]
    public void A_failed_document_in_a_batch_becomes_an_error_item_in_its_place()
    {
        var pipeline = new RelataPipelineBuilder().UseDefaults().InsertBefore("actors", new FailOn("bad")).Build();
        var items = new[] { "one", "bad", "three" }.Select(id => IngestItem.Of(TestDocuments.Text(id, "Kabul hosted talks.", source: id + ".txt")));

        var results = pipeline.Analyse(items).ToList();

        Assert.Equal(["one", "three"], results.Where(r => r.Analysis is not null).Select(r => r.Item.Document!.Id));
        Assert.Equal("bad.txt: cannot read bad", results[1].Error);
    }

    private sealed class FailOn(string id) : IDocumentStage
    {
        public string Name => "fail-on";

        public void Process(DocumentAnalysis analysis)
        {
            if (analysis.Document.Id == id) throw new InvalidOperationException("cannot read " + id);
        }
    }
}
