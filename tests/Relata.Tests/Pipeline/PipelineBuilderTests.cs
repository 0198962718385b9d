using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class Recording(string name, List<string> log) : IDocumentStage
    {
        public string Name => name;
        public void Process(DocumentAnalysis analysis) => log.Add(name);
    }

    private static Document Doc() => new("d", "mem", "txt", "x", DocumentMetadata.Empty, "h", "h");

    [Fact]
    public void Stages_run_in_the_order_they_were_added_and_inserted()
    {
        var log = new List<string>();
        var pipeline = new RelataPipelineBuilder()
            .Add(new Recording("a", log))
            .Add(new Recording("c", log))
            .InsertBefore("c", new Recording("b", log))
            .Build();

        pipeline.Run(Doc());

        Assert.Equal(["a", "b", "c"], log);
    }

    [Fact]
    public void Adding_a_stage_name_twice_is_refused()
    {
        var builder = new RelataPipelineBuilder().Add(new Recording("a", []));
        Assert.Throws<InvalidOperationException>(() => builder.Add(new Recording("a", [])));
    }

    [Fact]
    public void Replace_swaps_a_stage_in_place()
    {
        var log = new List<string>();
        var pipeline = new RelataPipelineBuilder()
            .Add(new Recording("a", log)).Add(new Recording("b", log))
            .Replace("a", new Recording("z", log)).Build();

        pipeline.Run(Doc());

        Assert.Equal(["z", "b"], log);
    }
}
