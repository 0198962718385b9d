using YamlDotNet.RepresentationModel;

namespace Relata.Actors.Loading;

/// <summary>A YAML node and the file it came from, so that merged entries still report "file:line".</summary>
internal readonly record struct RawField(YamlNode Node, string File)
{
    public int Line => (int)Node.Start.Line;
}

/// <summary>One entry as written, before layers are merged and fields are typed.</summary>
internal sealed class RawEntry(string id, string kind, string file, int line)
{
    public string Id { get; } = id;
    public string Kind { get; } = kind;
    public string File { get; } = file;
    public int Line { get; } = line;
    public Dictionary<string, RawField> Fields { get; } = new(StringComparer.Ordinal);

    public void Override(RawEntry other)
    {
        foreach (var (key, field) in other.Fields)
            Fields[key] = field;
    }
}

/// <summary>Everything read from one file.</summary>
internal sealed class RawFile(string name)
{
    public string Name { get; } = name;
    public List<RawEntry> Entries { get; } = [];
    public List<(SectorInfo Sector, int Line)> Sectors { get; } = [];
    public List<TitleInfo> Titles { get; } = [];
    public List<string> Outlets { get; } = [];
}
