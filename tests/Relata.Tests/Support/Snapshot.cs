namespace Relata.Tests.Support;

/// <summary>
/// Approved-output checks: the text must equal tests/Relata.Tests/FEATURE/Snapshots/NAME.verified.EXT byte for byte
/// (line endings included: CSV uses CRLF). On a difference, or when nothing is approved yet, the actual output is written
/// beside it as NAME.received.EXT for review, and the test fails.
/// </summary>
public static class Snapshot
{
    public static void Verify(string feature, string name, string extension, string actual)
    {
        string folder = Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", feature, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}; review {received} and rename it to approve."
            : $"Output differs from {verified}; see {received}; if the change is right, replace the verified file.");
    }
}
