using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Relata.Web.Hosting;
using Relata.Web.Tests.Support;

namespace Relata.Web.Tests.Api;

public sealed class SecurityTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Token = "a-long-enough-test-token-1234";

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Theory]
    [InlineData("0.0.0.0", null, true)]
    [InlineData("192.168.1.20", null, true)]
    [InlineData("0.0.0.0", Token, false)]
    [InlineData("127.0.0.1", null, false)]
    [InlineData("localhost", null, false)]
    [InlineData("::1", null, false)]
    public void Binding_off_loopback_requires_a_token(string host, string? token, bool refused)
    {
        var options = new RelataServerOptions { Host = host, Token = token };

        Assert.Equal(refused, options.Problem() is not null);
    }

    [Fact]
    public void The_app_refuses_to_start_off_loopback_without_a_token()
    {
        using var store = new WebStore();
        using var factory = new RelataWebFactory(new RelataServerOptions { Db = store.Db, Host = "0.0.0.0" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("--token", error.ToString());
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/")]
    [InlineData("/openapi.json")]
    public async Task With_a_token_every_request_without_it_is_refused(string path)
    {
        using var store = new WebStore();
        using var factory = new RelataWebFactory(new RelataServerOptions { Db = store.Db, Host = "0.0.0.0", Token = Token });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await AssertProblem(await client.GetAsync(path), HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token-wrong-token");
        await AssertProblem(await client.GetAsync(path), HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_browser_opening_the_printed_url_gets_the_token_as_a_strict_cookie()
    {
        using var store = new WebStore();
        using var factory = new RelataWebFactory(new RelataServerOptions { Db = store.Db, Host = "0.0.0.0", Token = Token });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/?token=" + Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents")).StatusCode);
        // The query-string token only ever sets the cookie for pages; the API never takes it from a URL.
        using var fresh = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        await AssertProblem(await fresh.GetAsync("/api/documents?token=" + Token), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fRelata.Web.dll")]
    [InlineData("/vendor/..%2f..%2f..%2fappsettings.json")]
    [InlineData("/js/%5c..%5c..%5cRelata.Web.dll")]
    [InlineData("/Relata.Web.dll")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    public async Task No_request_path_reaches_the_file_system(string path)
    {
        var response = await app.Client.GetAsync(path);

        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_uploaded_file_name_with_folders_stays_a_label()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("Russia signed an agreement with Afghanistan on Monday."u8.ToArray()), "file", "../../../escaped.txt");

        var response = await app.Client.PostAsync("/api/ingest", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("document_id").GetString()!;
        var doc = JsonDocument.Parse(await app.Client.GetStringAsync("/api/documents/" + id)).RootElement;
        Assert.Equal("upload:escaped.txt", doc.GetProperty("document").GetProperty("source").GetString());
        Assert.False(File.Exists(Path.Combine(app.Store.Directory, "..", "..", "..", "escaped.txt")));
        Assert.DoesNotContain(Directory.EnumerateFiles(app.Store.Directory), f => !Path.GetFileName(f).StartsWith("relata.db", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uploads_over_the_size_limit_are_refused()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 200 * 1024))), "file", "big.txt");

        await AssertProblem(await app.Client.PostAsync("/api/ingest", form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Pasted_text_over_the_size_limit_is_refused()
    {
        using var form = new MultipartFormDataContent { { new StringContent(new string('b', 100 * 1024)), "text" } };

        await AssertProblem(await app.Client.PostAsync("/api/ingest", form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("tool.exe", new byte[] { (byte)'M', (byte)'Z', 0x90, 0 })]
    [InlineData("archive.zip", new byte[] { (byte)'P', (byte)'K', 3, 4 })]
    [InlineData("report.pdf", new byte[] { (byte)'h', (byte)'i' })]
    [InlineData("notes.txt", new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1 })]
    [InlineData("photo.txt", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0 })]
    [InlineData("data.bin", new byte[] { (byte)'a', 0, (byte)'b' })]
    public async Task Files_that_are_not_documents_are_refused(string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);

        await AssertProblem(await app.Client.PostAsync("/api/ingest", form), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/events?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?limit=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?modality=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?actor=Afganistan", HttpStatusCode.BadRequest)]
    [InlineData("/api/dyad-index?a=RUS", HttpStatusCode.BadRequest)]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Errors_are_problem_json_without_stack_traces(string path, HttpStatusCode status)
    {
        await AssertProblem(await app.Client.GetAsync(path), status);
    }

    [Fact]
    public async Task A_failing_store_answers_with_a_problem_not_a_stack_trace()
    {
        string dir = Path.Combine(Path.GetTempPath(), "relata-web-bad-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        string db = Path.Combine(dir, "relata.db");
        File.WriteAllText(db, "this is not a SQLite database, and the store cannot open it");
        try
        {
            using var factory = new RelataWebFactory(new RelataServerOptions { Db = db });
            using var client = factory.CreateClient();

            var response = await client.GetAsync("/api/documents");

            Assert.True((int)response.StatusCode >= 500);
            await AssertProblem(response, response.StatusCode);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task Hostile_markup_in_a_document_is_returned_as_json_text_only()
    {
        var hits = await app.Client.GetAsync("/api/search?q=onerror");

        Assert.Equal("application/json", hits.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", hits.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("onerror", await hits.Content.ReadAsStringAsync());
    }
}
