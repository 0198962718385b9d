using System.Net;
using System.Net.Sockets;
using System.Text;
using Relata.Ingest;

namespace Relata.Tests.Ingest;

/// <summary>Fetches from a server on 127.0.0.1 started by the test; no other address is contacted.</summary>
public sealed class HttpLoaderTests : IDisposable
{
    private const string Prose = "The commission published its annual report on cross-border trade on Thursday.";
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private readonly CancellationTokenSource _stop = new();

    public HttpLoaderTests()
    {
        _base = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            try { await HandleAsync(context); }
            catch (Exception) { /* the client gave up (timeout test) */ }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        switch (context.Request.Url!.AbsolutePath)
        {
            case "/article":
                Send(response, 200, "text/html; charset=utf-8", $"<html><head><title>Trade Report</title></head><body><article><h1>Trade Report</h1><p>{Prose}</p></article><footer>Back to top</footer></body></html>");
                break;
            case "/moved":
                response.StatusCode = 302;
                response.RedirectLocation = _base + "article";
                response.Close();
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(3));
                Send(response, 200, "text/plain", Prose);
                break;
            case "/big":
                Send(response, 200, "text/plain", new string('x', 5000));
                break;
            default:
                Send(response, 404, "text/plain", "not found");
                break;
        }
    }

    private static void Send(HttpListenerResponse response, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private static readonly IngestOptions Options = new() { HttpTimeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Fetches_a_page_and_uses_its_content_type()
    {
        var item = Assert.Single(IngestSource.Read([_base + "article"], Options));
        Assert.False(item.IsError, item.ToString());
        Assert.Equal("html", item.Document.Format);
        Assert.Equal($"Trade Report\n\n{Prose}", item.Document.Text);
        Assert.Equal(_base + "article", item.Document.Source);
    }

    [Fact]
    public void Follows_redirects()
    {
        var item = Assert.Single(IngestSource.Read([_base + "moved"], Options));
        Assert.False(item.IsError, item.ToString());
        Assert.Contains(Prose, item.Document.Text);
    }

    [Fact]
    public void Reports_http_errors_by_status()
    {
        var item = Assert.Single(IngestSource.Read([_base + "missing"], Options));
        Assert.True(item.IsError);
        Assert.Equal($"{_base}missing: http 404", item.Error.Message);
    }

    [Fact]
    public void Rejects_bodies_over_the_size_limit()
    {
        var item = Assert.Single(IngestSource.Read([_base + "big"], Options with { MaxBytes = 1024 }));
        Assert.True(item.IsError);
        Assert.StartsWith("exceeds the size limit of", item.Error.Reason);
    }

    [Fact]
    public void Reports_a_timeout()
    {
        var item = Assert.Single(IngestSource.Read([_base + "slow"], Options with { HttpTimeout = TimeSpan.FromMilliseconds(500) }));
        Assert.True(item.IsError);
        Assert.Equal("timed out after 0.5 s", item.Error.Reason);
    }

    [Fact]
    public void Reports_an_unreachable_host()
    {
        string closed = $"http://127.0.0.1:{FreePort()}/nothing";
        var item = Assert.Single(IngestSource.Read([closed], Options));
        Assert.True(item.IsError);
        Assert.StartsWith("unreachable: ", item.Error.Reason);
        Assert.DoesNotContain('\n', item.Error.Message);
    }
}
