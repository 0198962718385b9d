namespace MakeDemoPdf;

public static class RepoRoot
{
    /// <summary>Walks up from the working directory, then from the binary, to the folder holding Relata.slnx.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Relata.slnx not found above the current directory.");
    }
}
