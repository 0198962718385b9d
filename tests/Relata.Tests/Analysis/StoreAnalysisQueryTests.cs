using Relata.Pipeline;
using Relata.Store.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Analysis;

public sealed class StoreAnalysisQueryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_sqlite_store_lists_sentence_topics_of_current_versions()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        var pipeline = DefaultPipeline.Create();
        store.Save(pipeline.Run(TestDocuments.Text("a", "Customs officers seized heroin at the border crossing. The weather was mild.")));

        var all = store.SentenceTopics();
        var narcotics = store.SentenceTopics("narcotics");

        Assert.Contains(all, t => t is { DocumentId: "a", Sentence: 0, Topic: "narcotics" });
        Assert.DoesNotContain(all, t => t.Sentence == 1);
        Assert.All(narcotics, t => Assert.Equal("narcotics", t.Topic));

        store.Save(pipeline.Run(TestDocuments.Text("a", "The weather was mild. Nothing else happened.")));
        Assert.Empty(store.SentenceTopics("narcotics"));
    }

    [Fact]
    public void The_sqlite_store_lists_author_statements_with_their_evidence_sentence()
    {
        using var store = SqliteStore.Open(_dir.File("relata.db"));
        var analysis = DefaultPipeline.Create().Run(TestDocuments.Text("b",
            "Moscow Shifts Course\n\nMOSCOW, July 4, 2025 — Russia has recognised the Taliban government, the first state to do so."));
        store.Save(analysis);

        var statements = store.Statements();

        Assert.NotEmpty(statements);
        Assert.Equal(analysis.StatementPropositions.Count, statements.Count);
        Assert.All(statements, s => Assert.Equal(analysis.Sentences[s.Evidence.Sentence].Text, s.Evidence.SentenceText));
        Assert.All(statements, s => Assert.Equal("2025-07-04", s.Date));
    }

    public void Dispose() => _dir.Dispose();
}
