using Relata.Import.Gdelt;
using Relata.Tests.Support;

namespace Relata.Tests.Import;

public static class ImportFixtures
{
    public static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Import", "Fixtures");

    public static string Gdelt => Path.Combine(Folder, "gdelt-sample.export.CSV");

    public static string Acled => Path.Combine(Folder, "acled-sample.csv");

    /// <summary>One GDELT 2.0 export line with the given columns set (by name) and every other column empty.</summary>
    public static string GdeltLine(params (string Column, string Value)[] values)
    {
        var fields = new string[GdeltColumns.Count];
        Array.Fill(fields, "");
        foreach (var (column, value) in values) fields[Array.IndexOf(GdeltColumns.Names, column)] = value;
        return string.Join('\t', fields);
    }
}
