using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Relata.Tests.Support;

/// <summary>Specs as data (cf. Markdig's Specs/): YAML files of named cases, one theory row per case.</summary>
public static class SpecFiles
{
    public static T Load<T>(string file) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<T>(File.ReadAllText(file));

    /// <summary>The case names of one spec file, one theory row each.</summary>
    public static TheoryData<string> CaseNames<T>(string file, Func<T, IEnumerable<string>> caseNames)
    {
        var data = new TheoryData<string>();
        foreach (var name in caseNames(Load<T>(file))) data.Add(name);
        return data;
    }

    /// <summary>(file name without extension, case name) for every case of every *.yaml file in the folder.</summary>
    public static TheoryData<string, string> Cases<T>(string directory, Func<T, IEnumerable<string>> caseNames)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order())
            foreach (var name in caseNames(Load<T>(file)))
                data.Add(Path.GetFileNameWithoutExtension(file), name);
        return data;
    }
}
