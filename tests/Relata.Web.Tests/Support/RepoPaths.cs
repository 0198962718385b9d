namespace Relata.Web.Tests.Support;

public static class RepoPaths
{
    /// <summary>The checkout's root: the folder holding Relata.slnx above the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Relata.slnx"))) return dir.FullName;
            return AppContext.BaseDirectory;
        }
    }

    /// <summary>Where browser tests save their screenshots: TestResults/screenshots under the root.</summary>
    public static string Screenshots
    {
        get
        {
            string dir = System.IO.Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
