using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Relata.Web.Hosting;

namespace Relata.Web.Tests.Support;

/// <summary>The web app on an in-memory test server over a given store and options.</summary>
public sealed class RelataWebFactory(RelataServerOptions options) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services => services.AddSingleton(options));
    }
}

/// <summary>One store and one test server shared by the API tests of a class.</summary>
public sealed class WebAppFixture : IDisposable
{
    public WebAppFixture()
    {
        Store = new WebStore();
        Factory = new RelataWebFactory(new RelataServerOptions { Db = Store.Db, MaxUploadBytes = 64 * 1024 });
        Client = Factory.CreateClient();
    }

    public WebStore Store { get; }
    public RelataWebFactory Factory { get; }
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Store.Dispose();
    }
}
