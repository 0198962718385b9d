using System.Security.Cryptography;
using System.Text;
using Relata.Ingest;
using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class DocumentIdsTests
{
    private const string Text = "Customs officers seized 40 tonnes of fuel at the border crossing on Sunday.";

    [Fact]
    public void Id_is_slug_of_file_stem_plus_hash_of_source()
    {
        string source = "/data/in/Grain Report (Final).txt";
        string expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..8];
        Assert.Equal($"grain-report-final-{expectedHash}", DocumentIds.FromSource(source));
    }

    [Theory]
    [InlineData("https://example.org/news/2025/ferry-link-reopens/", "ferry-link-reopens-")]
    [InlineData("https://example.org/", "example-org-")]
    [InlineData("stdin", "stdin-")]
    [InlineData("feeds/caspian.xml#guid-1", "caspian-")]
    public void Id_slug_comes_from_the_last_path_segment(string source, string prefix) =>
        Assert.StartsWith(prefix, DocumentIds.FromSource(source));

    [Fact]
    public void Slug_is_at_most_forty_characters()
    {
        string id = DocumentIds.FromSource(new string('a', 30) + " " + new string('b', 30) + ".txt");
        Assert.True(id.Length <= 40 + 1 + 8, id);
    }

    [Fact]
    public void Feed_items_get_distinct_ids()
    {
        Assert.NotEqual(DocumentIds.FromSource("f.xml#1"), DocumentIds.FromSource("f.xml#2"));
    }

    [Fact]
    public void Hashes_are_stable_and_computed_from_clean_text_and_original_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("  " + Text + "\r\n\r\nLeave a Reply\r\n");
        var a = ReadSingle(new SourceInput("x/report.txt", bytes));
        var b = ReadSingle(new SourceInput("x/report.txt", bytes));
        Assert.Equal(a, b);
        Assert.Equal(Text, a.Text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))), a.ContentHash);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), a.OriginalHash);
        Assert.Matches("^report-[0-9a-f]{8}$", a.Id);
    }

    [Fact]
    public void Same_text_in_another_encoding_keeps_the_content_hash()
    {
        var utf8 = ReadSingle(new SourceInput("a.txt", Encoding.UTF8.GetBytes(Text)));
        var utf16 = ReadSingle(new SourceInput("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray()));
        Assert.Equal(utf8.ContentHash, utf16.ContentHash);
        Assert.NotEqual(utf8.OriginalHash, utf16.OriginalHash);
    }
}
