using Relata.Ingest;
using static Relata.Tests.Ingest.IngestTestSupport;

namespace Relata.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private const string Para1 = "Ministers from five countries met in Astana on Tuesday to agree on customs rules for a new rail link.";
    private const string Para2 = "The agreement sets a single inspection point at each border, which officials say will cut waiting times by half.";
    private const string Para3 = "Freight operators welcomed the decision but warned that rolling stock remains in short supply.";

    private static string Page(string head = "", string beforeArticle = "", string insideArticle = "", string afterArticle = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Customs Deal Reached | Steppe Observer</title>
          {{head}}
        </head>
        <body class="single category-analysis">
          <div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
          <header class="site-header"><a href="/">Steppe Observer</a>
            <nav class="main-menu"><ul><li><a href="/asia">Asia</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/economy">Economy &amp; Development</a></li></ul></nav>
          </header>
          {{beforeArticle}}
          <article class="post">
            <h1 class="entry-title">Customs Deal Reached</h1>
            <div class="post-categories"><a href="/c/asia">Asia</a><a href="/c/analysis">Analysis</a><a href="/c/security">Security</a></div>
            <div class="entry-content">
              <p>{{Para1}}</p>
              <figure><img src="x.jpg"><figcaption>Image: Steppe Wire (Photo by A. Person)</figcaption></figure>
              <p>{{Para2}}</p>
              {{insideArticle}}
              <p>{{Para3}}</p>
              <div class="sharedaddy sd-sharing"><h3>Share this:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li></ul></div>
            </div>
          </article>
          {{afterArticle}}
          <section class="related-posts"><h3>Related posts</h3><ul><li><a>Rail freight grows in the south</a></li><li><a>New port opens on the Caspian</a></li></ul></section>
          <div id="comments" class="comments-area"><div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>
            <form><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>
          <footer class="site-footer"><p>© 2025 Steppe Observer. All rights reserved.</p><a href="#top">Back to top</a></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Extracts_main_content_as_paragraphs_and_drops_furniture()
    {
        var doc = ReadSingle(Input("page.html", Page()));
        Assert.Equal($"Customs Deal Reached\n\n{Para1}\n\n{Para2}\n\n{Para3}", doc.Text);
        Assert.Equal("html", doc.Format);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Back to top")]
    [InlineData("Related posts")]
    [InlineData("cookies")]
    [InlineData("Share this")]
    [InlineData("Photo by")]
    [InlineData("Economy & Development")]
    [InlineData("Rail freight grows")]
    [InlineData("All rights reserved")]
    public void Removes_page_furniture(string debris)
    {
        var doc = ReadSingle(Input("page.html", Page()));
        Assert.DoesNotContain(debris, doc.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        const string head = """
            <meta property="og:title" content="Customs Deal Reached">
            <meta property="og:site_name" content="Steppe Observer">
            <meta name="author" content="Dana Sultanova">
            <meta property="article:published_time" content="2025-04-09T08:15:00+05:00">
            <link rel="canonical" href="https://example.org/2025/04/customs-deal">
            """;
        var doc = ReadSingle(Input("page.html", Page(head)));
        Assert.Equal("Customs Deal Reached", doc.Metadata.Title);
        Assert.Equal("Dana Sultanova", doc.Metadata.Author);
        Assert.Equal("Steppe Observer", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 4, 9), doc.Metadata.PublishedDate);
        Assert.Equal("https://example.org/2025/04/customs-deal", doc.Metadata.Url);
        Assert.Equal("en", doc.Metadata.Language);
    }

    [Fact]
    public void Reads_metadata_from_json_ld()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"Customs Deal Reached","datePublished":"2024-11-30T10:00:00Z",
              "author":[{"@type":"Person","name":"Timur Abenov"}],"publisher":{"@type":"Organization","name":"Steppe Observer"}}]}
            </script>
            """;
        var doc = ReadSingle(Input("page.html", Page(head)));
        Assert.Equal("Timur Abenov", doc.Metadata.Author);
        Assert.Equal("Steppe Observer", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2024, 11, 30), doc.Metadata.PublishedDate);
    }

    [Fact]
    public void Reads_byline_element_and_time_element()
    {
        const string inside = """<p class="byline">By Aruzhan Bekova</p><p><time datetime="2023-06-02">2 June</time></p>""";
        var doc = ReadSingle(Input("page.html", Page(insideArticle: inside)));
        Assert.Equal("Aruzhan Bekova", doc.Metadata.Author);
        Assert.Equal(new DateOnly(2023, 6, 2), doc.Metadata.PublishedDate);
        Assert.DoesNotContain("By Aruzhan", doc.Text);
    }

    [Fact]
    public void Finds_main_content_without_article_element()
    {
        string html = $"""
            <html><head><title>Plain page</title></head><body>
            <div class="menu"><a>Home</a> <a>About</a></div>
            <div class="wrap"><div class="story"><h2>Plain page</h2><p>{Para1}</p><p>{Para2}</p></div>
            <div class="sidebar"><p>Subscribe to our newsletter for weekly updates on the region and more.</p></div></div>
            </body></html>
            """;
        var doc = ReadSingle(Input("plain.htm", html));
        Assert.Equal($"Plain page\n\n{Para1}\n\n{Para2}", doc.Text);
    }

    [Fact]
    public void Keeps_an_article_whose_classes_contain_noise_words()
    {
        string html = $"""<html><body><article class="post tags-energy comments-open"><p>{Para1}</p><p>{Para2}</p></article></body></html>""";
        var doc = ReadSingle(Input("x.html", html));
        Assert.Contains(Para1, doc.Text);
        Assert.Contains(Para2, doc.Text);
    }

    [Fact]
    public void Decodes_a_declared_single_byte_charset()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string russian = "Переговоры в Ташкенте завершились подписанием соглашения о транзите.";
        string html = $"""<html><head><meta charset="windows-1251"><title>Т</title></head><body><article><p>{russian}</p></article></body></html>""";
        var bytes = System.Text.Encoding.GetEncoding(1251).GetBytes(html);
        var doc = ReadSingle(new SourceInput("ru.html", bytes));
        Assert.Contains(russian, doc.Text);
        Assert.Equal("windows-1251", doc.Metadata.Encoding);
    }

    [Fact]
    public void Reads_a_typical_blog_theme_layout()
    {
        string html = $"""
            <html><head><title>Water Talks Resume – Valley Review</title><meta property="og:site_name" content="Valley Review"></head>
            <body><div id="page" class="site has-sidebar">
              <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
              <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
                <article id="post-12" class="post type-post category-analysis tag-water">
                  <header class="entry-header"><h1 class="entry-title">Water Talks Resume</h1>
                    <div class="entry-meta"><span class="byline">by <span class="author vcard"><a>Zarina Saidova</a></span></span>
                    <span class="posted-on"><time class="entry-date published" datetime="2024-10-05T09:00:00+05:00">5 October</time></span></div></header>
                  <div class="entry-content"><p>{Para1}</p><p>{Para2}</p>
                    <div class="addtoany_share_save_container"><a>Share</a></div>
                    <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Older story about rivers and dams in the valley region.</p></div></div>
                  <div class="author-bio"><p>Zarina Saidova is a journalist based in Khujand who covers water and energy.</p></div>
                </article>
                <nav class="navigation post-navigation"><a>Previous post</a><a>Next post</a></nav>
              </main></div>
              <aside id="secondary" class="widget-area" role="complementary"><section class="widget"><h2>Recent Posts</h2><ul><li>Another headline here</li></ul></section></aside>
              </div></div></body></html>
            """;
        var doc = ReadSingle(Input("blog.html", html));
        Assert.Equal($"Water Talks Resume\n\n{Para1}\n\n{Para2}\n\nZarina Saidova is a journalist based in Khujand who covers water and energy.", doc.Text);
        Assert.Equal("Zarina Saidova", doc.Metadata.Author);
        Assert.Equal("Valley Review", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2024, 10, 5), doc.Metadata.PublishedDate);
    }
}
