namespace Relata.Tests.Support;

public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The seed articles beside the checkout, or null when they are absent (tests then skip).</summary>
    public static string? SeedsDirectory
    {
        get
        {
            string dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));
            return Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any() ? dir : null;
        }
    }

    public static string DemoDirectory => Path.Combine(RepoRoot, "data", "demo");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Relata.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "relata-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        string path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
