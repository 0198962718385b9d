using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Relata.Actors.Loading;

/// <summary>Reads one knowledge-base YAML file into raw entries and lexicon tables, reporting problems with line numbers.</summary>
internal static class YamlKbReader
{
    public static RawFile Read(string name, TextReader reader, List<KnowledgeBaseError> errors, List<KnowledgeBaseError> warnings)
    {
        var file = new RawFile(name);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new(name, (int)ex.Start.Line, "YAML syntax error: " + OneLine(ex.InnerException?.Message ?? ex.Message)));
            return file;
        }
        if (stream.Documents.Count == 0) return file;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new(name, Line(stream.Documents[0].RootNode), "expected a mapping with 'actors:' (or 'sectors:', 'titles:', 'outlets:') at the top"));
            return file;
        }
        string kind = Yaml.Scalar(root, "kind") ?? "";
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "kind": break;
                case "actors": ReadActors(file, kind, value, errors); break;
                case "sectors": ReadSectors(file, value, errors); break;
                case "titles": ReadTitles(file, value, errors); break;
                case "outlets": file.Outlets.AddRange(Yaml.List(value, name, errors)); break;
                default: warnings.Add(new(name, Line(keyNode), $"unknown top-level key '{key}' ignored")); break;
            }
        }
        return file;
    }

    private static void ReadActors(RawFile file, string kind, YamlNode node, List<KnowledgeBaseError> errors)
    {
        if (node is not YamlSequenceNode seq)
        {
            errors.Add(new(file.Name, Line(node), "'actors' must be a list of entries"));
            return;
        }
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode map)
            {
                errors.Add(new(file.Name, Line(item), "an actor entry must be a mapping (id: …, name: …)"));
                continue;
            }
            string? id = Yaml.Scalar(map, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(new(file.Name, Line(map), "entry has no 'id'"));
                continue;
            }
            var entry = new RawEntry(id.Trim(), kind, file.Name, Line(map));
            foreach (var (k, v) in map.Children)
                entry.Fields[((YamlScalarNode)k).Value ?? ""] = new RawField(v, file.Name);
            file.Entries.Add(entry);
        }
    }

    private static void ReadSectors(RawFile file, YamlNode node, List<KnowledgeBaseError> errors)
    {
        foreach (var map in Yaml.Mappings(node, file.Name, errors))
        {
            string? code = Yaml.Scalar(map, "code");
            if (string.IsNullOrWhiteSpace(code)) { errors.Add(new(file.Name, Line(map), "sector has no 'code'")); continue; }
            var heads = map.Children.TryGetValue("heads", out var h) ? Yaml.List(h, file.Name, errors) : [];
            bool ofGov = Yaml.Scalar(map, "government") is "true" or "yes";
            file.Sectors.Add((new SectorInfo(code.Trim(), Yaml.Scalar(map, "name") ?? code, heads, ofGov), Line(map)));
        }
    }

    private static void ReadTitles(RawFile file, YamlNode node, List<KnowledgeBaseError> errors)
    {
        foreach (var map in Yaml.Mappings(node, file.Name, errors))
        {
            string? key = Yaml.Scalar(map, "key");
            if (string.IsNullOrWhiteSpace(key)) { errors.Add(new(file.Name, Line(map), "title has no 'key'")); continue; }
            var phrases = map.Children.TryGetValue("phrases", out var p) ? Yaml.List(p, file.Name, errors) : [];
            file.Titles.Add(new TitleInfo(key.Trim().ToLowerInvariant(), phrases, Yaml.Scalar(map, "sector"),
                Yaml.Scalar(map, "body"), Yaml.Scalar(map, "single") is "true" or "yes"));
        }
    }

    internal static int Line(YamlNode node) => (int)node.Start.Line;

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>Small typed accessors over the YAML representation model.</summary>
internal static class Yaml
{
    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var v) && v is YamlScalarNode s ? s.Value : null;

    public static List<string> List(YamlNode node, string file, List<KnowledgeBaseError> errors)
    {
        switch (node)
        {
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0) list.Add(v.Trim());
                    else errors.Add(new(file, YamlKbReader.Line(item), "expected a plain name in this list"));
                }
                return list;
            default:
                errors.Add(new(file, YamlKbReader.Line(node), "expected a name or a list of names"));
                return [];
        }
    }

    public static IEnumerable<YamlMappingNode> Mappings(YamlNode node, string file, List<KnowledgeBaseError> errors)
    {
        if (node is not YamlSequenceNode seq)
        {
            errors.Add(new(file, YamlKbReader.Line(node), "expected a list of mappings"));
            yield break;
        }
        foreach (var item in seq)
        {
            if (item is YamlMappingNode map) yield return map;
            else errors.Add(new(file, YamlKbReader.Line(item), "expected a mapping ({key: value, …}) in this list"));
        }
    }
}
