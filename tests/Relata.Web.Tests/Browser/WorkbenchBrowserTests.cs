using Microsoft.Playwright;
using Relata.Web.Tests.Support;

namespace Relata.Web.Tests.Browser;

/// <summary>The workbench in a real browser (Debian chromium driven by Playwright); screenshots go to TestResults/screenshots.</summary>
public sealed class WorkbenchBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private string Url(string path) => fixture.Server.Url + path.TrimStart('/');

    /// <summary>Fails the test on any script error on the page, so a broken page cannot pass by showing nothing.</summary>
    private async Task<(IPage Page, List<string> Errors)> Open(string path)
    {
        var page = await fixture.NewPage();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync(Url(path));
        return (page, errors);
    }

    [BrowserFact]
    public async Task Corpus_page_runs_a_search_and_highlights_the_hits()
    {
        var (page, errors) = await Open("/");

        await page.FillAsync("#search-q", "wheat");
        await page.ClickAsync("#search-form button");
        var mark = page.Locator("ol.hits mark").First;
        await mark.WaitForAsync();

        Assert.Equal("wheat", (await mark.TextContentAsync())!, ignoreCase: true);
        Assert.Contains("q=wheat", page.Url);
        await page.Locator("#documents table tbody tr").First.WaitForAsync();
        Assert.True(await page.Locator("#documents table tbody tr").CountAsync() >= WebStore.Fixtures.Length);
        await BrowserFixture.Screenshot(page, "corpus-search");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_search_hit_opens_its_document_with_the_sentence_highlighted()
    {
        var (page, errors) = await Open("/?q=wheat");

        await page.Locator("ol.hits li").First.ClickAsync();
        var hit = page.Locator("#evidence .sentence.hit");
        await hit.WaitForAsync();

        Assert.Contains("wheat", (await hit.TextContentAsync())!);
        Assert.True(await page.Locator("#evidence table.meta").IsVisibleAsync());
        Assert.Contains("2022-03-10", (await page.Locator("#evidence table.meta").TextContentAsync())!);
        await BrowserFixture.Screenshot(page, "evidence-from-search");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Dyad_page_draws_timeline_chart_network_and_map_and_an_event_opens_its_evidence()
    {
        var (page, errors) = await Open("/dyad?a=RUS&b=AFG");

        var firstRow = page.Locator("#events table tbody tr").First;
        await firstRow.WaitForAsync();
        await page.Locator("#timeline .vis-item").First.WaitForAsync();
        await page.Locator("svg.coop rect.point").First.WaitForAsync();
        await page.Locator("#network canvas").First.WaitForAsync();
        await page.Locator("#map path.leaflet-interactive").First.WaitForAsync();
        string quote = (await firstRow.Locator("td.quote").TextContentAsync())!;

        await firstRow.ClickAsync();
        var hit = page.Locator("#evidence .sentence.hit");
        await hit.WaitForAsync();

        Assert.Equal(quote.Trim(), (await hit.TextContentAsync())!.Trim());
        Assert.Contains("event", (await page.Locator("#evidence table.facts").TextContentAsync())!);
        await BrowserFixture.Screenshot(page, "dyad-event-evidence");

        await page.Locator("#evidence button.close").ClickAsync();
        await page.Locator("svg.coop rect.point").First.ClickAsync();
        await page.Locator("#coop-events table tbody tr").First.WaitForAsync();
        await page.Locator("#timeline .vis-item.vis-box, #timeline .vis-item.vis-range").First.ClickAsync();
        await hit.WaitForAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Changing_a_filter_updates_the_url_and_the_lists()
    {
        var (page, errors) = await Open("/dyad?a=RUS&b=AFG");
        await page.Locator("#events table tbody tr").First.WaitForAsync();
        int before = await page.Locator("#events table tbody tr").CountAsync();

        await page.FillAsync("input[name=from]", "2023");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => location.search.includes('from=2023')");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#events table tbody tr').length < {before}");

        var dates = await page.Locator("#events table tbody tr td:first-child").AllTextContentsAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, "2023") >= 0, d));
        Assert.Contains("from=2023", await page.GetAttributeAsync("#dossier-link", "href"));
        await page.ReloadAsync();
        Assert.Equal("2023", await page.InputValueAsync("input[name=from]"));
        await BrowserFixture.Screenshot(page, "dyad-filtered");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Actor_page_shows_profile_roles_over_time_and_mentions()
    {
        var (page, errors) = await Open("/actor?id=Lavrov");

        await page.Locator("h1").WaitForAsync();
        Assert.Equal("Sergey Lavrov", await page.Locator("h1").TextContentAsync());
        await page.Locator("svg.roles rect.bar").First.WaitForAsync();
        var mention = page.Locator("#actor-mentions table tbody tr").First;
        await mention.WaitForAsync();
        await mention.ClickAsync();
        await page.Locator("#evidence .sentence.hit").WaitForAsync();
        Assert.Contains("Lavrov", (await page.Locator("#evidence .sentence.hit").TextContentAsync())!);
        await BrowserFixture.Screenshot(page, "actor-lavrov");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Uploading_a_document_shows_its_facts_with_evidence()
    {
        var (page, errors) = await Open("/");

        await page.SetInputFilesAsync("#upload-file", WebStore.FixturePath("upload-railway.md"));
        await page.ClickAsync("#upload-form button");
        await page.Locator("#ingest-result .ok").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var events = page.Locator("#ingest-result ul.facts-list").First.Locator("li");
        await events.First.WaitForAsync();

        Assert.Contains("Uzbekistan", (await page.Locator("#ingest-result").TextContentAsync())!);
        await events.First.ClickAsync();
        await page.Locator("#evidence .sentence.hit").WaitForAsync();
        await BrowserFixture.Screenshot(page, "upload-facts");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_document_carrying_script_and_html_payloads_renders_inert()
    {
        var (page, errors) = await Open("/?q=onerror");
        bool dialog = false;
        page.Dialog += async (_, d) => { dialog = true; await d.DismissAsync(); };

        await page.Locator("ol.hits li").First.WaitForAsync();
        await page.Locator("ol.hits li").First.ClickAsync();
        await page.Locator("#evidence .sentence.hit").WaitForAsync();
        await page.Locator("#evidence .sentence.hit").HoverAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.False(dialog);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("#evidence img, ol.hits img, #evidence script, #evidence b, #documents script").CountAsync());
        Assert.Contains("<img src=x onerror=", (await page.Locator("#evidence .doctext").TextContentAsync())!);
        Assert.Contains("<script>", (await page.Locator("#evidence h2").TextContentAsync())!);
        Assert.Contains("<script>", (await page.Locator("#documents").TextContentAsync())!);
        await BrowserFixture.Screenshot(page, "hostile-document-inert");
        Assert.Empty(errors);
    }
}
