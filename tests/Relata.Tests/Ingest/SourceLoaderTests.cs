using System.Text;
using Relata.Ingest;
using Relata.Ingest.Loading;

namespace Relata.Tests.Ingest;

public sealed class SourceLoaderTests : IDisposable
{
    private const string Prose = "Officials confirmed that the new checkpoint will open to freight traffic next month.";
    private readonly string _dir = IngestTestSupport.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content) => Write(relative, Encoding.UTF8.GetBytes(content));

    private string Write(string relative, byte[] content)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Walks_directories_recursively_in_order_skipping_hidden_and_unsupported_files()
    {
        Write("b.txt", Prose);
        Write("a.md", "# A\n\n" + Prose);
        Write("sub/c.html", $"<html><body><p>{Prose}</p></body></html>");
        Write("sub/image.png", [0x89, 0x50, 0x4E, 0x47]);
        Write(".hidden.txt", Prose);
        Write(".git/config.txt", Prose);
        Write("z/d.jsonl", $"{{\"id\":\"d1\",\"text\":\"{Prose}\"}}");
        Write("z/e.xml", $"<rss version=\"2.0\"><channel><title>T</title><item><title>Item</title><description>{Prose}</description></item></channel></rss>");

        var items = IngestSource.Read([_dir]).ToList();
        Assert.All(items, i => Assert.False(i.IsError, i.ToString()));
        var names = items.Select(i => Path.GetRelativePath(_dir, i.Document!.Source.Split('#')[0]).Replace('\\', '/')).ToList();
        Assert.Equal(["a.md", "b.txt", "sub/c.html", "z/d.jsonl", "z/e.xml"], names);
    }

    [Fact]
    public void Reports_a_missing_path()
    {
        string missing = Path.Combine(_dir, "nope.txt");
        var item = Assert.Single(IngestSource.Read([missing]));
        Assert.True(item.IsError);
        Assert.Equal($"{missing}: no such file or directory", item.Error.Message);
    }

    [Fact]
    public void Rejects_files_over_the_size_limit()
    {
        string path = Write("big.txt", new string('x', 3000));
        var item = Assert.Single(IngestSource.Read([path], new IngestOptions { MaxBytes = 2 * 1024 * 1024 / 1024 }));
        Assert.True(item.IsError);
        Assert.StartsWith("exceeds the size limit of", item.Error.Reason);
        Assert.EndsWith(" MB", item.Error.Reason);
    }

    [Fact]
    public void Default_size_limit_is_twenty_megabytes() =>
        Assert.Equal("exceeds the size limit of 20 MB", SizeLimit.Reason(IngestOptions.Default.MaxBytes));

    [Fact]
    public void Bad_inputs_become_errors_and_good_ones_still_load()
    {
        string empty = Write("empty.txt", []);
        string binary = Write("blob.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00]);
        string good = Write("good.txt", Prose);
        var items = IngestSource.Read([empty, binary, good]).ToList();
        Assert.Equal($"{empty}: empty input", items[0].Error!.Message);
        Assert.Contains("binary", items[1].Error!.Reason);
        Assert.Equal(Prose, items[2].Document!.Text);
    }

    [Fact]
    public void Reads_stdin_for_a_dash()
    {
        var loader = new SourceLoader(IngestOptions.Default) { OpenStdin = () => new MemoryStream(Encoding.UTF8.GetBytes(Prose)) };
        var item = Assert.Single(IngestSource.Read(loader.Load(["-"])));
        Assert.Equal(Prose, item.Document!.Text);
        Assert.Equal("stdin", item.Document.Source);
    }

    [Fact]
    public void Loads_lazily_one_input_at_a_time()
    {
        string first = Write("1.txt", Prose);
        string second = Write("2.txt", Prose);
        using var e = IngestSource.Read([first, second]).GetEnumerator();
        Assert.True(e.MoveNext());
        File.Delete(second);
        Assert.True(e.MoveNext());
        Assert.True(e.Current.IsError);
    }
}
