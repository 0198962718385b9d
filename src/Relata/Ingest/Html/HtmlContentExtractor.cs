using AngleSharp.Dom;
using Relata.Ingest.Cleaning;

namespace Relata.Ingest.Html;

/// <summary>
/// Finds the main content of an HTML page and renders it as text, one paragraph per line with a blank line
/// between. Page furniture (navigation, menus, share bars, comment forms, cookie banners, related lists,
/// footers) is removed first, but never an element that holds most of the page's paragraph text.
/// </summary>
public sealed class HtmlContentExtractor(BoilerplateLexicon lexicon)
{
    private static readonly string[] AlwaysRemoved =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select", "textarea", "figcaption", "img", "picture", "video", "audio", "object", "embed", "link", "meta"];

    // A <form> may wrap a whole page (ASP.NET), so it is furniture subject to the protected-share rule, not always removed.
    private static readonly string[] FurnitureTags = ["nav", "aside", "footer", "header", "menu", "dialog", "form"];

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
        { "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar" };

    private static readonly string[] MainSelectors =
    [
        "[itemprop=articleBody]", "article", "main", "[role=main]",
        ".entry-content", ".post-content", ".article-body", ".article-content", ".story-body", "#content",
    ];

    private const double ProtectedShare = 0.5;

    public static HtmlContentExtractor Default { get; } = new(BoilerplateLexicon.Default);

    /// <summary>Text of the main content of <paramref name="document"/>. Modifies the DOM.</summary>
    public string Extract(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        RemoveFurniture(body);
        return HtmlTextRenderer.Render(MainContent(body));
    }

    /// <summary>Text of an HTML fragment (feed item content), furniture removed, no main-content search.</summary>
    public string ExtractFragment(IElement container)
    {
        RemoveFurniture(container);
        return HtmlTextRenderer.Render(container);
    }

    private void RemoveFurniture(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(string.Join(",", AlwaysRemoved)).ToList())
            element.Remove();

        int total = ParagraphText(root);
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !IsFurniture(element)) continue;
            if (total > 0 && ParagraphText(element) >= total * ProtectedShare) continue;
            element.Remove();
        }
    }

    private bool IsFurniture(IElement element)
    {
        string tag = element.LocalName;
        if (tag is "body" or "html" or "main" or "article") return false;
        if (FurnitureTags.Contains(tag)) return true;
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
        if (element.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role)) return true;
        return HasNoiseWord(element.ClassName) || HasNoiseWord(element.Id);
    }

    private bool HasNoiseWord(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var word in value.ToLowerInvariant().Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (lexicon.HtmlNoiseWords.Contains(word)) return true;
        return false;
    }

    private static IElement MainContent(IElement body)
    {
        var best = BestParagraphParent(body);
        foreach (var selector in MainSelectors)
        {
            var candidates = body.QuerySelectorAll(selector);
            var chosen = candidates.OrderByDescending(ParagraphText).FirstOrDefault();
            if (chosen is null || ParagraphText(chosen) == 0) continue;
            if (best is null || chosen == best || chosen.Contains(best)) return chosen;
        }
        return best ?? body;
    }

    /// <summary>Readability-style scoring: each substantial paragraph credits its parent, half to the grandparent.</summary>
    private static IElement? BestParagraphParent(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p, pre, blockquote, li"))
        {
            int length = Squash(p.TextContent).Length;
            if (length < 25) continue;
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + length / 2.0;
            }
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static int ParagraphText(IElement element)
    {
        int total = 0;
        foreach (var p in element.QuerySelectorAll("p"))
            total += Squash(p.TextContent).Length;
        if (element.LocalName == "p") total += Squash(element.TextContent).Length;
        return total;
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
