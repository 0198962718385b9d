using AngleSharp.Dom;
using Relata.Documents;
using Relata.Ingest.Metadata;

namespace Relata.Ingest.Html;

/// <summary>
/// Metadata an HTML page states: title (og:title, JSON-LD headline, h1, &lt;title&gt;), author (meta author,
/// JSON-LD, byline elements), outlet (og:site_name, JSON-LD publisher), published date (article meta,
/// JSON-LD, &lt;time datetime&gt;), canonical URL and language. Read before furniture is removed.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateMetas =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name='publish-date']", "meta[name='dc.date']", "meta[name='DC.date.issued']",
        "meta[name='parsely-pub-date']", "meta[name='sailthru.date']", "meta[name=date]", "meta[property='og:published_time']",
    ];

    private static readonly string[] BylineSelectors =
        ["[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]", ".byline .author", ".author-name", ".byline", ".author", ".writer"];

    public static DocumentMetadata Read(IDocument document)
    {
        var ld = JsonLdMetadata.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        string? siteName = Meta(document, "meta[property='og:site_name']") ?? ld.Publisher ?? Meta(document, "meta[name='application-name']");

        return new DocumentMetadata
        {
            Title = Title(document, ld, siteName),
            Author = Author(document, ld),
            Outlet = siteName,
            PublishedDate = PublishedDate(document, ld),
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim() is { Length: > 0 } canonical
                ? canonical
                : Meta(document, "meta[property='og:url']") ?? ld.Url,
            Language = document.DocumentElement.GetAttribute("lang")?.Trim() is { Length: > 0 } lang ? lang : null,
        };
    }

    private static string? Title(IDocument document, JsonLdMetadata ld, string? siteName)
    {
        string? h1 = document.QuerySelector("article h1, main h1, [itemprop=headline]")?.TextContent;
        h1 = Clean(h1);
        return h1
               ?? Meta(document, "meta[property='og:title']")
               ?? Meta(document, "meta[name='twitter:title']")
               ?? ld.Headline
               ?? Clean(document.QuerySelector("h1")?.TextContent)
               ?? StripSiteName(Clean(document.Title), siteName);
    }

    private static string? StripSiteName(string? title, string? siteName)
    {
        if (title is null) return null;
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: " })
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0) continue;
            string tail = title[(at + sep.Length)..];
            if (siteName is null ? tail.Split(' ').Length <= 4 : tail.Equals(siteName, StringComparison.OrdinalIgnoreCase))
                return title[..at].Trim();
        }
        return title;
    }

    private static string? Author(IDocument document, JsonLdMetadata ld)
    {
        var meta = Meta(document, "meta[name=author]") ?? Meta(document, "meta[property='article:author']");
        if (meta is not null && !meta.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return meta;
        if (ld.Author is not null) return ld.Author;
        foreach (var selector in BylineSelectors)
        {
            var text = Clean(document.QuerySelector(selector)?.TextContent);
            if (text is null || text.Length > 80) continue;
            text = StripBy(text);
            if (text.Length > 0) return text;
        }
        return null;
    }

    private static string StripBy(string text)
    {
        foreach (var prefix in new[] { "by ", "by:", "written by ", "author:" })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return text[prefix.Length..].Trim();
        return text;
    }

    private static DateOnly? PublishedDate(IDocument document, JsonLdMetadata ld)
    {
        foreach (var selector in DateMetas)
            if (LooseDate.TryParse(Meta(document, selector), out var d)) return d;
        if (LooseDate.TryParse(ld.DatePublished, out var ldDate)) return ldDate;
        foreach (var time in document.QuerySelectorAll("article time[datetime], time[pubdate], time[datetime]"))
            if (LooseDate.TryParse(time.GetAttribute("datetime"), out var t)) return t;
        return null;
    }

    private static string? Meta(IDocument document, string selector) =>
        Clean(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
