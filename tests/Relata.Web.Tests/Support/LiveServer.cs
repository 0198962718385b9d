using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Relata.Web.Hosting;

namespace Relata.Web.Tests.Support;

/// <summary>The app on a real Kestrel port on 127.0.0.1 (any free port), over a fixture store, for browser tests.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebStore store, WebApplication app, string url) => (Store, _app, Url) = (store, app, url);

    public WebStore Store { get; }

    /// <summary>The base URL, ending in "/".</summary>
    public string Url { get; }

    public static async Task<LiveServer> StartAsync()
    {
        var store = new WebStore();
        var app = RelataWebApp.Create(new RelataServerOptions { Db = store.Db, Port = 0 });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveServer(store, app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Store.Dispose();
    }
}
