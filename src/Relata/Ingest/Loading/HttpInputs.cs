using System.Net;

namespace Relata.Ingest.Loading;

/// <summary>http(s) URLs: redirects followed, Content-Type kept as the media type, failures become short reasons.</summary>
internal sealed class HttpInputs(IngestOptions options) : IDisposable
{
    private HttpClient? _client;

    public static bool IsUrl(string arg) =>
        Uri.TryCreate(arg, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public LoadedInput Fetch(string url)
    {
        _client ??= CreateClient();
        try
        {
            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
                return LoadedInput.Failed(url, $"http {(int)response.StatusCode}");
            if (response.Content.Headers.ContentLength > options.MaxBytes)
                return LoadedInput.Failed(url, SizeLimit.Reason(options.MaxBytes));
            using var stream = response.Content.ReadAsStream();
            var bytes = SizeLimit.ReadAll(stream, options.MaxBytes);
            if (bytes is null) return LoadedInput.Failed(url, SizeLimit.Reason(options.MaxBytes));
            return LoadedInput.Ok(new SourceInput(url, bytes, response.Content.Headers.ContentType?.ToString()) { Modified = response.Content.Headers.LastModified });
        }
        catch (TaskCanceledException e)
        {
            return LoadedInput.Failed(url, $"timed out after {options.HttpTimeout.TotalSeconds:0.#} s", e);
        }
        catch (HttpRequestException e)
        {
            return LoadedInput.Failed(url, $"unreachable: {Innermost(e).Message}", e);
        }
        catch (IOException e)
        {
            return LoadedInput.Failed(url, $"unreachable: {Innermost(e).Message}", e);
        }
    }

    private HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.HttpTimeout,
        };
        var client = new HttpClient(handler) { Timeout = options.HttpTimeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Relata/1.0 (+offline analysis)");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/pdf, text/plain;q=0.9, */*;q=0.5");
        return client;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    public void Dispose() => _client?.Dispose();
}
