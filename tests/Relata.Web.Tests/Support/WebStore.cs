using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store.Sqlite;

namespace Relata.Web.Tests.Support;

/// <summary>A temporary store holding the fixture documents (our own example texts), analysed by the default pipeline.</summary>
public sealed class WebStore : IDisposable
{
    public static readonly string[] Fixtures = ["russia-afghanistan-accord.txt", "kabul-embassy-attack.txt", "hostile-markup.txt"];

    public WebStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "relata-web-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        Db = Path.Combine(Directory, "relata.db");
        var pipeline = DefaultPipeline.Create();
        using var store = SqliteStore.Open(Db);
        foreach (var item in IngestSource.Read(Fixtures.Select(FixturePath)))
            store.Save(pipeline.Run(item.Document!));
    }

    public string Directory { get; }

    public string Db { get; }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
