using System.Text;
using Relata.Ingest;

namespace Relata.Tests.Ingest;

public sealed class DocumentReadersTests
{
    [Theory]
    [InlineData("a.txt", null, "plain words", "txt")]
    [InlineData("a.md", null, "# Heading", "md")]
    [InlineData("a.markdown", null, "text", "md")]
    [InlineData("a.html", null, "just text", "html")]
    [InlineData("a.jsonl", null, "{}", "jsonl")]
    [InlineData("https://example.org/page", "text/html; charset=utf-8", "hello", "html")]
    [InlineData("https://example.org/feed", "application/rss+xml", "hello", "rss")]
    [InlineData("https://example.org/feed", "application/atom+xml", "hello", "atom")]
    [InlineData("https://example.org/x", "application/pdf", "hello", "pdf")]
    [InlineData("noext", null, "<!DOCTYPE html><html><body>x</body></html>", "html")]
    [InlineData("a.txt", null, "<html><body>x</body></html>", "html")]
    [InlineData("feed.xml", null, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "rss")]
    [InlineData("feed.xml", null, "<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "atom")]
    [InlineData("download", "application/octet-stream", "%PDF-1.4 ...", "pdf")]
    [InlineData("data", null, "{\"id\":\"1\",\"text\":\"x\"}\n", "jsonl")]
    [InlineData("unknown.xyz", null, "plain words", "txt")]
    public void Selects_reader_by_content_then_extension_then_media_type(string name, string? mediaType, string content, string format)
    {
        var input = new SourceInput(name, Encoding.UTF8.GetBytes(content), mediaType);
        Assert.Equal(format, DocumentReaders.Default.Select(input).Format);
    }

    [Theory]
    [InlineData(".txt", true)]
    [InlineData(".pdf", true)]
    [InlineData(".jsonl", true)]
    [InlineData(".exe", false)]
    [InlineData(".png", false)]
    public void Knows_supported_extensions(string extension, bool supported) =>
        Assert.Equal(supported, DocumentReaders.Default.IsSupportedExtension(extension));
}
