using System.Reflection;

namespace Relata.Data;

/// <summary>Read access to the curated tables under <c>data/</c>, which are embedded in the assembly.</summary>
public static class BundledData
{
    private const string Prefix = "relata/";
    private static readonly Assembly Assembly = typeof(BundledData).Assembly;

    /// <summary>Paths relative to <c>data/</c>, e.g. <c>actors/states.yaml</c>.</summary>
    public static IEnumerable<string> List(string folder = "") =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    public static bool Exists(string path) => Assembly.GetManifestResourceInfo(Prefix + path) is not null;

    public static Stream Open(string path) =>
        Assembly.GetManifestResourceStream(Prefix + path)
        ?? throw new FileNotFoundException($"No bundled data file 'data/{path}'.", path);

    public static string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }
}
