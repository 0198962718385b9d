using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Relata.Export;
using Relata.Web.Api;

namespace Relata.Web.Hosting;

/// <summary>Builds the web application: services, security middleware, the API under /api, /openapi.json and the workbench.</summary>
public static class RelataWebApp
{
    /// <param name="options">Null reads them from configuration (the "Relata" section) when the host is built.</param>
    public static WebApplication Create(RelataServerOptions? options = null, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (port in use) is reported by the caller in one line, not as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        if (options is not null)
        {
            builder.Services.AddSingleton(options);
            builder.WebHost.ConfigureKestrel(k => Listen(k, options));
        }
        else builder.Services.AddSingleton(sp => RelataServerOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        AddServices(builder.Services);
        configure?.Invoke(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => StorePool.ForFile(sp.GetRequiredService<RelataServerOptions>().Db));
        services.AddSingleton(sp => new Knowledge(sp.GetRequiredService<RelataServerOptions>()));
        services.AddSingleton<EmbeddedWorkbench>();
        services.AddSingleton<AnalysisCache>();
        services.AddHostedService<OptionsCheck>();
        services.AddHostedService<CacheWarmer>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => CopyExtractJson(o));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Relata API";
            document.Info.Description = "Documents, search, actors, events, claims, figures and analyses of a Relata store; every fact carries its evidence sentence.";
            document.Info.Version = "1";
            return Task.CompletedTask;
        }));
        services.Configure<Microsoft.AspNetCore.Routing.RouteOptions>(o => o.LowercaseUrls = true);
    }

    private static void CopyExtractJson(JsonOptions o)
    {
        var source = ExtractJson.Options;
        o.SerializerOptions.PropertyNamingPolicy = source.PropertyNamingPolicy;
        o.SerializerOptions.DictionaryKeyPolicy = source.DictionaryKeyPolicy;
        o.SerializerOptions.Encoder = source.Encoder;
        o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
    }

    public static void Configure(WebApplication app)
    {
        var options = app.Services.GetRequiredService<RelataServerOptions>();
        if (options.Problem() is { } problem) throw new InvalidOperationException(problem);

        app.UseProblemErrors();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // Scripts only from this server; styles may be set inline by the vendor libraries (vis-timeline, Leaflet).
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            await next(context);
        });
        if (options.RequiresToken) app.UseBearerToken(options.Token!);
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
                await Problems.Write(context, context.Response.StatusCode, ReasonPhrase(context.Response.StatusCode), null);
        });

        var api = app.MapGroup("/api");
        CorpusApi.Map(api);
        ActorsApi.Map(api);
        FactsApi.Map(api);
        AnalysisApi.Map(api);
        IngestApi.Map(api);
        api.MapFallback(() => Problems.NotFound("no such API endpoint; see /openapi.json"));
        app.MapOpenApi("/openapi.json");

        var workbench = app.Services.GetRequiredService<EmbeddedWorkbench>();
        app.MapMethods("/{**path}", ["GET", "HEAD"], async (HttpContext context, string? path) =>
        {
            if (path is not null && path.StartsWith("api/", StringComparison.OrdinalIgnoreCase))
            {
                await Problems.Write(context, 404, "Not found", "no such API endpoint; see /openapi.json");
                return;
            }
            if (!workbench.TryGet(context.Request.Path.Value ?? "/", out var asset))
            {
                await Problems.Write(context, 404, "Not found", "no such page");
                return;
            }
            await EmbeddedWorkbench.Serve(context, asset);
        }).ExcludeFromDescription();
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, RelataServerOptions options)
    {
        kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        kestrel.AddServerHeader = false;
        if (options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) kestrel.ListenLocalhost(options.Port);
        else kestrel.Listen(IPAddress.Parse(options.Host.Trim('[', ']')), options.Port);
    }

    /// <summary>Refuses to start a server whose options are unsafe (off loopback without a token), however it is hosted.</summary>
    private sealed class OptionsCheck(RelataServerOptions options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            options.Problem() is { } problem ? throw new InvalidOperationException(problem) : Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
