using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Reads_records_and_reports_bad_lines_with_file_and_line()
    {
        const string jsonl = """
            {"id":"a1","text":"Talks on the pipeline resumed in Baku.","title":"Pipeline Talks","date":"2025-03-02","url":"https://example.org/a1","author":"Nigar Aliyeva","outlet":"Caspian Weekly"}
            {"id":"a2","text":"Exports rose by 12 percent.", "date":"2025-03-04T16:20:00Z"}
            {"id":"a3","text":
            {"text":"A record without an id."}
            {"id":"a5"}

            {"id":"a6","text":"The last record still counts."}
            """;
        var items = ReadAll(Input("batch.jsonl", jsonl));
        var docs = items.Where(i => !i.IsError).Select(i => i.Document!).ToList();
        var errors = items.Where(i => i.IsError).Select(i => i.Error!).ToList();

        Assert.Equal(["a1", "a2", "a6"], docs.Select(d => d.Id));
        Assert.Equal(["batch.jsonl:3", "batch.jsonl:4", "batch.jsonl:5"], errors.Select(e => e.Input));
        Assert.StartsWith("malformed JSON", errors[0].Reason);
        Assert.Equal("record has no \"id\"", errors[1].Reason);
        Assert.Equal("record has no \"text\"", errors[2].Reason);
        Assert.StartsWith("batch.jsonl:4: record has no", errors[1].Message);

        var first = docs[0];
        Assert.Equal("jsonl", first.Format);
        Assert.Equal(new DateOnly(2025, 3, 2), first.Metadata.PublishedDate);
        Assert.Equal("Pipeline Talks", first.Metadata.Title);
        Assert.Equal("Nigar Aliyeva", first.Metadata.Author);
        Assert.Equal("Caspian Weekly", first.Metadata.Outlet);
        Assert.Equal("https://example.org/a1", first.Metadata.Url);
        Assert.Equal("Pipeline Talks\n\nTalks on the pipeline resumed in Baku.", first.Text);
        Assert.Equal(new DateOnly(2025, 3, 4), docs[1].Metadata.PublishedDate);
        Assert.Equal("batch.jsonl#a6", docs[2].Source);
    }

    [Fact]
    public void Reports_duplicate_ids()
    {
        var items = ReadAll(Input("dup.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"x\",\"text\":\"Two.\"}\n"));
        Assert.Single(items, i => !i.IsError);
        Assert.Equal("dup.jsonl:2", Assert.Single(items, i => i.IsError).Error!.Input);
    }
}
