using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Relata.Web.Hosting;
using Relata.Web.Tests.Support;

namespace Relata.Web.Tests.Api;

public sealed class AnalysisCacheTests : IDisposable
{
    private readonly WebStore _store = new();

    private static async Task<(byte[] Body, string? Encoding)> Execute(IResult result, string? acceptEncoding)
    {
        var context = new DefaultHttpContext();
        if (acceptEncoding is not null) context.Request.Headers.AcceptEncoding = acceptEncoding;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        Assert.Equal(body.Length, context.Response.ContentLength);
        string? encoding = context.Response.Headers.ContentEncoding;
        return (body.ToArray(), string.IsNullOrEmpty(encoding) ? null : encoding);
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(20_000, true)]
    public async Task A_large_cached_answer_is_sent_gzipped_to_clients_that_accept_it_and_plain_to_others(int items, bool compressed)
    {
        using var pool = StorePool.ForFile(_store.Db);
        var json = new Microsoft.AspNetCore.Http.Json.JsonOptions();
        var cache = new AnalysisCache(pool, Options.Create(json));
        int computed = 0;
        var answer = Enumerable.Range(0, items).Select(i => new { Id = i, Name = $"actor {i}" }).ToList();
        IResult Get() => cache.Json("k" + items, () => { computed++; return answer; });

        var plain = await Execute(Get(), null);
        var accepted = await Execute(Get(), "gzip, deflate, br");

        Assert.Null(plain.Encoding);
        Assert.Equal(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(answer, json.SerializerOptions), plain.Body);
        Assert.Equal(compressed ? "gzip" : null, accepted.Encoding);
        Assert.Equal(plain.Body, compressed ? Gunzip(accepted.Body) : accepted.Body);
        Assert.Equal(1, computed);
    }

    public void Dispose() => _store.Dispose();
}
