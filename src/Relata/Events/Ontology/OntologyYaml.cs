using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Relata.Events.Ontology;

/// <summary>
/// Reads one ontology file through YamlDotNet's node model, so that every problem can be
/// reported with the line of the offending node.
/// </summary>
internal sealed class OntologyYaml(string file)
{
    public string File { get; } = file;

    public YamlMappingNode LoadRoot(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new OntologyLoadException(File, e.Start.Line, e.Message);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new OntologyLoadException(File, 1, "expected a single YAML document whose root is a mapping");
        return root;
    }

    public OntologyLoadException Error(YamlNode node, string problem) => new(File, node.Start.Line, problem);

    public IEnumerable<YamlMappingNode> Entries(YamlMappingNode map, string key)
    {
        if (Find(map, key) is not YamlSequenceNode sequence)
            throw Error(map, $"missing list '{key}'");
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode entry)
                throw Error(item, $"every item of '{key}' must be a mapping");
            yield return entry;
        }
    }

    /// <summary>Rejects unknown keys, which are almost always typos in hand-edited tables.</summary>
    public void ExpectKeys(YamlMappingNode map, params ReadOnlySpan<string> allowed)
    {
        foreach (var (keyNode, _) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!allowed.Contains(key))
                throw Error(keyNode, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed.ToArray())})");
        }
    }

    public string Required(YamlMappingNode map, string key) =>
        Optional(map, key) ?? throw Error(Find(map, key) ?? map, $"'{key}' is required");

    /// <summary>The scalar's value, or null when the key is missing or holds a plain <c>null</c>/<c>~</c>.</summary>
    public string? Optional(YamlMappingNode map, string key)
    {
        var node = Find(map, key);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
            throw Error(node, $"'{key}' must be a single value");
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "null" or "~")
            return null;
        return scalar.Value;
    }

    public double RequiredNumber(YamlMappingNode map, string key)
    {
        var text = Required(map, key);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw Error(Find(map, key)!, $"'{key}' must be a number, not '{text}'");
        return value;
    }

    public QuadClass RequiredQuadClass(YamlMappingNode map, string key)
    {
        var text = Required(map, key);
        if (text is not ("1" or "2" or "3" or "4"))
            throw Error(Find(map, key)!, $"'{key}' must be 1, 2, 3 or 4, not '{text}'");
        return (QuadClass)(text[0] - '0');
    }

    public bool OptionalFlag(YamlMappingNode map, string key)
    {
        var text = Optional(map, key);
        return text switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw Error(Find(map, key)!, $"'{key}' must be true or false, not '{text}'"),
        };
    }

    public IReadOnlyList<(string Value, YamlNode Node)> OptionalList(YamlMappingNode map, string key)
    {
        var node = Find(map, key);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
            throw Error(node, $"'{key}' must be a list");
        var values = new List<(string, YamlNode)>(sequence.Children.Count);
        foreach (var item in sequence)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } value })
                throw Error(item, $"items of '{key}' must be non-empty values");
            values.Add((value, item));
        }
        return values;
    }

    public YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
