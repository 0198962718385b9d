using Relata.Tests.Support;

namespace Relata.Tests.Export;

/// <summary>
/// Approved-output checks: the text must equal Snapshots/NAME.verified.EXT. On a difference (or a missing approved
/// file) the actual output is written beside it as NAME.received.EXT for review, and the test fails.
/// </summary>
public static class Snapshot
{
    public static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Export", "Snapshots");

    public static void Verify(string name, string extension, string actual)
    {
        string verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        string received = Path.Combine(Folder, $"{name}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}; review {received} and rename it to approve."
            : $"Output differs from {verified}; see {received}.");
    }
}
