using System.Text;
using Relata.Documents;
using Relata.Ingest;

namespace Relata.Tests.Ingest;

internal static class IngestTestSupport
{
    public static SourceInput Input(string name, string text, string? mediaType = null) =>
        new(name, Encoding.UTF8.GetBytes(text), mediaType);

    public static IReadOnlyList<IngestItem> ReadAll(SourceInput input) => IngestSource.ReadOne(input);

    public static Document ReadSingle(SourceInput input)
    {
        var items = IngestSource.ReadOne(input);
        var failed = items.FirstOrDefault(i => i.IsError);
        Assert.True(failed is null, failed?.Error?.Message);
        return Assert.Single(items).Document!;
    }

    public static InputException ReadError(SourceInput input)
    {
        var items = IngestSource.ReadOne(input);
        return Assert.Single(items, i => i.IsError).Error!;
    }

    public static string[] Lines(string text) => text.Split('\n');

    /// <summary>The folder that holds Relata.slnx, or null.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) return dir.FullName;
        return null;
    }

    public static string NewTempDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "relata-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
