using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Relata.Web.Tests.Support;

namespace Relata.Web.Tests.Api;

public sealed class ApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<JsonElement> Get(string path)
    {
        var response = await app.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Documents_are_listed_with_a_total_and_pages()
    {
        var first = await Get("/api/documents?limit=2&offset=0");
        var second = await Get("/api/documents?limit=2&offset=2");

        Assert.Equal(WebStore.Fixtures.Length, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(WebStore.Fixtures.Length - 2, second.GetProperty("items").GetArrayLength());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_document_comes_with_its_sentences_whose_offsets_slice_its_text()
    {
        string id = (await Get("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;

        var doc = await Get("/api/documents/" + id);

        string text = doc.GetProperty("text").GetString()!;
        var sentences = doc.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences)
            Assert.Equal(s.GetProperty("text").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
        Assert.True(doc.GetProperty("document").GetProperty("metadata").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task Search_returns_hits_with_highlight_offsets_into_the_sentence()
    {
        var page = await Get("/api/search?q=wheat");

        var hit = page.GetProperty("items")[0];
        string text = hit.GetProperty("text").GetString()!;
        var span = hit.GetProperty("highlights")[0];
        Assert.Equal("wheat", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()], ignoreCase: true);
        Assert.DoesNotContain('\u0002', text);
    }

    [Theory]
    [InlineData("/api/events?dyad=Russia,Afghanistan", "RUS", "AFG")]
    [InlineData("/api/events?dyad=AFG,RUS&from=2023", "RUS", "AFG")]
    public async Task Dyad_filter_keeps_events_between_the_two_sides_in_either_direction(string path, string a, string b)
    {
        var page = await Get(path);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        var covers = (await Get($"/api/resolve?actor={a}")).GetProperty("covers").EnumerateArray().Select(x => x.GetString()).ToHashSet();
        var coversB = (await Get($"/api/resolve?actor={b}")).GetProperty("covers").EnumerateArray().Select(x => x.GetString()).ToHashSet();
        foreach (var e in items)
        {
            string? source = e.GetProperty("source").GetProperty("id").GetString(), target = e.GetProperty("target").GetProperty("id").GetString();
            Assert.True((covers.Contains(source) && coversB.Contains(target)) || (coversB.Contains(source) && covers.Contains(target)), $"{source} → {target}");
        }
    }

    [Fact]
    public async Task Date_filters_are_inclusive_timex_prefixes()
    {
        var all = await Get("/api/events?actor=RUS&limit=1000");
        var in2023 = await Get("/api/events?actor=RUS&from=2023&to=2023");

        var dates = in2023.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2023", d));
        Assert.True(all.GetProperty("total").GetInt32() > dates.Count);
    }

    [Fact]
    public async Task Event_json_uses_the_extract_field_names()
    {
        var e = (await Get("/api/events?actor=RUS&limit=1")).GetProperty("items")[0];

        foreach (var field in new[] { "id", "evidence", "source", "target", "cameo", "cameo_name", "goldstein", "quad_class", "date", "modality", "confidence", "trigger" })
            Assert.True(e.TryGetProperty(field, out _), field);
        foreach (var field in new[] { "document_id", "sentence", "start", "end", "text" })
            Assert.True(e.GetProperty("evidence").TryGetProperty(field, out _), "evidence." + field);
    }

    [Theory]
    [InlineData("/api/claims?actor=Russia")]
    [InlineData("/api/figures?actor=Russia")]
    [InlineData("/api/actors")]
    [InlineData("/api/actors/Russia/mentions")]
    public async Task Fact_lists_are_paged_with_totals(string path)
    {
        var page = await Get(path + (path.Contains('?') ? "&" : "?") + "limit=1");

        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task An_actor_profile_has_roles_over_time_counts_and_counterparts()
    {
        var lavrov = await Get("/api/actors/Lavrov");
        var russia = await Get("/api/actors/RUS");

        Assert.Equal("per.sergey-lavrov", lavrov.GetProperty("id").GetString());
        Assert.Contains(lavrov.GetProperty("roles").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains("Foreign", StringComparison.OrdinalIgnoreCase));
        Assert.True(russia.GetProperty("events").GetInt32() > 0);
        Assert.NotEmpty(russia.GetProperty("counterparts").EnumerateArray());
    }

    [Fact]
    public async Task Timeline_and_dyad_index_come_from_the_analysis_library()
    {
        var timeline = await Get("/api/timeline?a=Russia&b=Afghanistan");
        var index = await Get("/api/dyad-index?a=Russia&b=Afghanistan&by=year");

        var dates = timeline.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("start").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(timeline.GetProperty("entries").EnumerateArray(), e => Assert.True(e.GetProperty("evidence_count").GetInt32() >= 1));
        var periods = index.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        int counted = periods.Sum(p => p.GetProperty("a_to_b").GetProperty("events").GetInt32() + p.GetProperty("b_to_a").GetProperty("events").GetInt32());
        Assert.Equal(index.GetProperty("counted").GetInt32(), counted);
        // Each period lists the events it counted (up to 50), so a chart point leads to its evidence.
        Assert.All(periods, p => Assert.Equal(
            Math.Min(50, p.GetProperty("a_to_b").GetProperty("events").GetInt32() + p.GetProperty("b_to_a").GetProperty("events").GetInt32()),
            p.GetProperty("events").GetArrayLength()));
    }

    [Theory]
    [InlineData("/api/network?actor=Russia", "edges")]
    [InlineData("/api/claims-tracker?a=Russia&b=Afghanistan", null)]
    [InlineData("/api/instruments?a=Russia&b=Afghanistan", "cells")]
    [InlineData("/api/corroboration?actor=Russia", "single_source_events")]
    [InlineData("/api/figure-series?actor=Russia", null)]
    public async Task Analysis_endpoints_answer_for_the_fixture_pair(string path, string? listField)
    {
        var result = await Get(path);

        var list = listField is null ? result : result.GetProperty(listField);
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.NotEqual(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Tracker_counts_every_claim_and_lists_at_most_the_latest_hundred()
    {
        var propositions = await Get("/api/claims-tracker?a=Russia&b=Afghanistan");

        Assert.NotEqual(0, propositions.GetArrayLength());
        foreach (var p in propositions.EnumerateArray())
        {
            int listed = p.GetProperty("claims").GetArrayLength(), total = p.GetProperty("claim_count").GetInt32();
            Assert.InRange(listed, 1, 100);
            Assert.Equal(Math.Min(total, 100), listed);
            Assert.True(p.GetProperty("change_count").GetInt32() >= p.GetProperty("changes").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_dossier_downloads_as_one_self_contained_html_file()
    {
        var response = await app.Client.GetAsync("/api/dossier?a=Russia&b=Afghanistan&from=2022");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("from-2022", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script src=", html);
        Assert.DoesNotContain("<link rel=\"stylesheet\" href=\"http", html);
    }

    [Fact]
    public async Task A_dossier_with_nothing_to_report_is_a_problem_not_an_empty_file()
    {
        var response = await app.Client.GetAsync("/api/dossier?a=Russia&b=Afghanistan&from=1990&to=1991");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nothing to report", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pasted_text_is_analysed_stored_and_then_searchable()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Kazakhstan signs grain deal with Afghanistan"), "title" },
            { new StringContent("ASTANA, 3 June 2024 — Kazakhstan signed a grain export agreement with Afghanistan on Monday. Zanzibarite traders welcomed it."), "text" },
        };

        var response = await app.Client.PostAsync("/api/ingest", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal("added", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("events").GetInt32() >= 1);
        var hits = await Get("/api/search?q=Zanzibarite");
        Assert.Equal(result.GetProperty("document_id").GetString(), hits.GetProperty("items")[0].GetProperty("document_id").GetString());
    }

    [Fact]
    public async Task An_uploaded_file_is_stored_and_its_extract_record_served()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(WebStore.FixturePath("upload-railway.md")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        form.Add(file, "file", "upload-railway.md");

        var response = await app.Client.PostAsync("/api/ingest", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("document_id").GetString()!;
        var extract = await Get($"/api/documents/{id}/extract");
        Assert.Contains(extract.GetProperty("events").EnumerateArray(), e => e.GetProperty("source").GetProperty("id").GetString() == "UZB");
    }

    [Fact]
    public async Task The_openapi_description_lists_every_api_endpoint_with_snake_case_schemas()
    {
        var doc = await Get("/openapi.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/search", "/api/actors", "/api/actors/{id}", "/api/events", "/api/claims",
                     "/api/figures", "/api/timeline", "/api/dyad-index", "/api/dyads", "/api/network", "/api/ingest" })
            Assert.Contains(path, paths);
        var eventSchema = doc.GetProperty("components").GetProperty("schemas").GetProperty("ApiEvent").GetProperty("properties");
        Assert.True(eventSchema.TryGetProperty("cameo_name", out _));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/actor")]
    [InlineData("/dyad")]
    [InlineData("/js/dyad.js")]
    [InlineData("/vendor/vis-timeline.min.js")]
    [InlineData("/vendor/cytoscape.min.js")]
    [InlineData("/vendor/leaflet.js")]
    [InlineData("/vendor/world-countries.geojson")]
    public async Task Workbench_pages_and_vendor_libraries_are_served_by_the_app(string path)
    {
        var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
