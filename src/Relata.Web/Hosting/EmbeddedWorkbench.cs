using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace Relata.Web.Hosting;

/// <summary>
/// Serves the workbench pages and vendor libraries from resources embedded in this assembly ("wwwroot/…").
/// A request path is only ever a key into that fixed table, so no request can reach the file system.
/// </summary>
public sealed class EmbeddedWorkbench
{
    private const string Prefix = "wwwroot/";
    private readonly FrozenDictionary<string, Asset> _assets;

    public EmbeddedWorkbench() : this(typeof(EmbeddedWorkbench).Assembly) { }

    public EmbeddedWorkbench(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        types.Mappings[".mjs"] = "text/javascript";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            byte[] bytes = memory.ToArray();
            string path = name[Prefix.Length..];
            string type = types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)) type += "; charset=utf-8";
            assets[path] = new Asset(bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");
        }
        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>The asset for a request path ("/", "/dyad", "/js/app.js"); pages may omit ".html".</summary>
    public bool TryGet(string requestPath, out Asset asset)
    {
        string path = requestPath.TrimStart('/');
        if (path.Length == 0) path = "index.html";
        if (_assets.TryGetValue(path, out asset!)) return true;
        return _assets.TryGetValue(path + ".html", out asset!);
    }

    public static async Task Serve(HttpContext context, Asset asset)
    {
        var response = context.Response;
        response.ContentType = asset.ContentType;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentLength = asset.Bytes.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
    }

    public sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
