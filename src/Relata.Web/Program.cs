// Standalone host: dotnet Relata.Web.dll --Relata:Db=relata.db [--Relata:Host=… --Relata:Port=… --Relata:Token=…].
// `relata serve` is the usual way in; this entry point also lets WebApplicationFactory start the app in tests.
using Relata.Web.Hosting;

var app = RelataWebApp.Create(args: args);
var options = app.Services.GetRequiredService<RelataServerOptions>();
app.Urls.Add(options.Url);
app.Run();

/// <summary>The entry point's type, for WebApplicationFactory&lt;Program&gt;.</summary>
public sealed partial class Program;
