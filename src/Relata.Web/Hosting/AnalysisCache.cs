using System.Collections.Concurrent;
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

    private sealed class JsonBytes(byte[] utf8) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = utf8.Length;
            return response.Body.WriteAsync(utf8).AsTask();
        }
    }
}
