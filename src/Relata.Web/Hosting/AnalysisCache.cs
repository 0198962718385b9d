using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Relata.Web.Hosting;

/// <summary>
/// Analyses read every matching fact of the store; their answers are kept until this server stores a new document.
/// Bounded: the oldest half is dropped when it grows past its size.
/// </summary>
public sealed class AnalysisCache(StorePool pool, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, (long Generation, object Value)> _entries = new(StringComparer.Ordinal);

    public T Get<T>(string key, Func<T> compute) where T : notnull
    {
        long generation = pool.Generation;
        if (_entries.TryGetValue(key, out var hit) && hit.Generation == generation && hit.Value is T value) return value;
        var fresh = compute();
        if (_entries.Count >= MaxEntries) foreach (var k in _entries.Keys.Take(MaxEntries / 2)) _entries.TryRemove(k, out _);
        _entries[key] = (generation, fresh);
        return fresh;
    }

    /// <summary>
    /// A 200 response with the answer as JSON, serialised once and kept: a large answer (the claims tracker of a busy
    /// dyad runs to megabytes) would otherwise be serialised again on every request.
    /// </summary>
    public IResult Json<T>(string key, Func<T> compute) where T : notnull =>
        Get("json|" + key, () => new JsonBytes(JsonSerializer.SerializeToUtf8Bytes(compute(), json.Value.SerializerOptions)));

    /// <summary>
    /// The serialised answer; a large one is also kept gzip-compressed (made on first use) for clients that accept it,
    /// as browsers do: a tenth of the bytes to send for a multi-megabyte analysis.
    /// </summary>
    private sealed class JsonBytes(byte[] utf8) : IResult
    {
        private const int CompressAbove = 64 * 1024;
        private readonly Lazy<byte[]> _gzip = new(() => Gzip(utf8), LazyThreadSafetyMode.ExecutionAndPublication);

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            byte[] body = utf8;
            if (utf8.Length > CompressAbove)
            {
                response.Headers.Vary = "Accept-Encoding";
                if (AcceptsGzip(httpContext.Request))
                {
                    response.Headers.ContentEncoding = "gzip";
                    body = _gzip.Value;
                }
            }
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        }

        private static bool AcceptsGzip(HttpRequest request)
        {
            foreach (var value in request.Headers.AcceptEncoding)
                if (value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static byte[] Gzip(byte[] data)
        {
            using var output = new MemoryStream(data.Length / 8);
            using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
            return output.ToArray();
        }
    }
}
