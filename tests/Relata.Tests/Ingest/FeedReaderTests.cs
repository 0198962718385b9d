using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Caspian Weekly</title>
            <link>https://example.org</link>
            <item>
              <title>Ferry Link Reopens</title>
              <link>https://example.org/ferry</link>
              <guid isPermaLink="false">caspian-101</guid>
              <pubDate>Tue, 08 Apr 2025 09:30:00 +0000</pubDate>
              <dc:creator>Leyla Mammadova</dc:creator>
              <content:encoded><![CDATA[<p>The ferry between the two ports resumed service after a three-month pause.</p><div class="share-buttons"><a>Share on X</a></div><p>Operators plan four crossings a week.</p>]]></content:encoded>
            </item>
            <item>
              <title>Tariff Talks Stall</title>
              <link>https://example.org/tariffs</link>
              <pubDate>Mon, 07 Apr 2025 18:00:00 GMT</pubDate>
              <author>desk@example.org (Ruslan Ibragimov)</author>
              <description>&lt;p&gt;Negotiators failed to agree on transit fees for a second round.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Steppe Notes</title>
          <author><name>Editorial Desk</name></author>
          <entry>
            <title>Solar Park Commissioned</title>
            <link rel="alternate" href="https://example.net/solar"/>
            <id>tag:example.net,2025:solar</id>
            <published>2025-02-14T12:00:00+06:00</published>
            <updated>2025-02-15T08:00:00+06:00</updated>
            <author><name>Aigerim Nurlanova</name></author>
            <content type="html">&lt;p&gt;A 100-megawatt solar park began feeding the regional grid this week.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Dam Inspection Ordered</title>
            <link href="https://example.net/dam"/>
            <id>tag:example.net,2025:dam</id>
            <updated>2025-01-20T10:00:00Z</updated>
            <summary>Engineers will inspect the ageing dam before the flood season.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Reads_each_rss_item_as_a_document()
    {
        var items = ReadAll(Input("feeds/caspian.xml", Rss));
        Assert.All(items, i => Assert.False(i.IsError));
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(2, docs.Count);

        var first = docs[0];
        Assert.Equal("rss", first.Format);
        Assert.Equal("feeds/caspian.xml#caspian-101", first.Source);
        Assert.Equal("Ferry Link Reopens", first.Metadata.Title);
        Assert.Equal("https://example.org/ferry", first.Metadata.Url);
        Assert.Equal("Leyla Mammadova", first.Metadata.Author);
        Assert.Equal("Caspian Weekly", first.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 4, 8), first.Metadata.PublishedDate);
        Assert.Equal("Ferry Link Reopens\n\nThe ferry between the two ports resumed service after a three-month pause.\n\nOperators plan four crossings a week.", first.Text);

        var second = docs[1];
        Assert.Equal("feeds/caspian.xml#2", second.Source);
        Assert.Equal("Ruslan Ibragimov", second.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 4, 7), second.Metadata.PublishedDate);
        Assert.EndsWith("Negotiators failed to agree on transit fees for a second round.", second.Text);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Reads_each_atom_entry_as_a_document()
    {
        var items = ReadAll(Input("steppe.atom", Atom));
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("atom", docs[0].Format);
        Assert.Equal("https://example.net/solar", docs[0].Metadata.Url);
        Assert.Equal("Aigerim Nurlanova", docs[0].Metadata.Author);
        Assert.Equal(new DateOnly(2025, 2, 14), docs[0].Metadata.PublishedDate);
        Assert.Equal("Solar Park Commissioned\n\nA 100-megawatt solar park began feeding the regional grid this week.", docs[0].Text);
        Assert.Equal("steppe.atom#tag:example.net,2025:solar", docs[0].Source);

        Assert.Equal("Editorial Desk", docs[1].Metadata.Author);
        Assert.Equal(new DateOnly(2025, 1, 20), docs[1].Metadata.PublishedDate);
        Assert.Equal("https://example.net/dam", docs[1].Metadata.Url);
    }

    [Fact]
    public void Rejects_malformed_feed_xml()
    {
        var e = ReadError(Input("broken.rss", "<rss><channel><title>x</title><item><title>y</item></channel></rss>"));
        Assert.StartsWith("malformed XML", e.Reason);
    }
}
