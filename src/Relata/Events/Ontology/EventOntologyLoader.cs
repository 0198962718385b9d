using YamlDotNet.RepresentationModel;

namespace Relata.Events.Ontology;

/// <summary>Parses and cross-checks the three ontology tables.</summary>
internal static class EventOntologyLoader
{
    public const string CameoFile = "ontology/cameo.yaml";
    public const string PloverFile = "ontology/plover.yaml";
    public const string CrosswalkFile = "ontology/cameo-plover.yaml";

    public static EventOntology Load(string cameoYaml, string ploverYaml, string crosswalkYaml)
    {
        var (version, cameo) = ReadCameo(new OntologyYaml(CameoFile), cameoYaml);
        var (types, contexts) = ReadPlover(new OntologyYaml(PloverFile), ploverYaml);
        var mappings = ReadCrosswalk(new OntologyYaml(CrosswalkFile), crosswalkYaml, cameo, types, contexts);
        return new EventOntology(version, cameo, types, contexts, mappings);
    }

    private static (string Version, List<CameoCode> Codes) ReadCameo(OntologyYaml yaml, string text)
    {
        var root = yaml.LoadRoot(text);
        yaml.ExpectKeys(root, "version", "codes");
        var version = yaml.Required(root, "version");
        var codes = new List<CameoCode>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var parents = new List<(CameoCode Code, YamlNode Node)>();

        foreach (var entry in yaml.Entries(root, "codes"))
        {
            yaml.ExpectKeys(entry, "code", "name", "root", "parent", "goldstein", "quad_class", "description");
            var code = yaml.Required(entry, "code");
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
                throw yaml.Error(entry, $"code '{code}' must be 2 to 4 digits, written as a quoted string");
            if (!seen.TryAdd(code, entry))
                throw yaml.Error(entry, $"code '{code}' is defined twice (first on line {seen[code].Start.Line})");

            var rootCode = yaml.Required(entry, "root");
            if (rootCode != code[..2])
                throw yaml.Error(entry, $"code '{code}' has root '{rootCode}', expected '{code[..2]}'");

            var parent = yaml.Optional(entry, "parent");
            var expectedParent = code.Length switch { 2 => null, 3 => code[..2], _ => code[..3] };
            if (parent != expectedParent)
                throw yaml.Error(entry, $"code '{code}' has parent '{parent ?? "null"}', expected '{expectedParent ?? "null"}'");

            var cameo = new CameoCode(
                code,
                yaml.Required(entry, "name"),
                rootCode,
                parent,
                yaml.RequiredNumber(entry, "goldstein"),
                yaml.RequiredQuadClass(entry, "quad_class"),
                yaml.Required(entry, "description"));
            codes.Add(cameo);
            if (parent is not null) parents.Add((cameo, entry));
        }

        foreach (var (code, node) in parents)
        {
            if (!seen.ContainsKey(code.Parent!))
                throw yaml.Error(node, $"code '{code.Code}' names parent '{code.Parent}', which is not defined");
        }
        return (version, codes);
    }

    private static (List<PloverType> Types, List<PloverContext> Contexts) ReadPlover(OntologyYaml yaml, string text)
    {
        var root = yaml.LoadRoot(text);
        yaml.ExpectKeys(root, "version", "types", "contexts");
        var types = new List<PloverType>();
        foreach (var entry in yaml.Entries(root, "types"))
        {
            yaml.ExpectKeys(entry, "name", "quad_class", "description", "modes");
            var name = yaml.Required(entry, "name");
            if (types.Any(t => t.Name == name))
                throw yaml.Error(entry, $"PLOVER type '{name}' is defined twice");
            var modes = new List<PloverMode>();
            foreach (var modeEntry in yaml.Entries(entry, "modes"))
            {
                yaml.ExpectKeys(modeEntry, "name", "description", "extension");
                var mode = new PloverMode(
                    yaml.Required(modeEntry, "name"),
                    yaml.Required(modeEntry, "description"),
                    yaml.OptionalFlag(modeEntry, "extension"));
                if (modes.Any(m => m.Name == mode.Name))
                    throw yaml.Error(modeEntry, $"mode '{mode.Name}' is listed twice under {name}");
                modes.Add(mode);
            }
            types.Add(new PloverType(name, yaml.RequiredQuadClass(entry, "quad_class"), yaml.Required(entry, "description"), modes));
        }

        var contexts = new List<PloverContext>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in yaml.Entries(root, "contexts"))
        {
            yaml.ExpectKeys(entry, "name", "description", "aliases", "extension");
            var name = yaml.Required(entry, "name");
            var aliases = yaml.OptionalList(entry, "aliases");
            foreach (var (alias, node) in aliases.Prepend((name, entry)))
            {
                if (!names.Add(alias))
                    throw yaml.Error(node, $"context name or alias '{alias}' is used twice");
            }
            contexts.Add(new PloverContext(
                name,
                yaml.Required(entry, "description"),
                aliases.Select(a => a.Value).ToArray(),
                yaml.OptionalFlag(entry, "extension")));
        }
        return (types, contexts);
    }

    private static Dictionary<string, PloverMapping> ReadCrosswalk(
        OntologyYaml yaml, string text, List<CameoCode> cameo, List<PloverType> types, List<PloverContext> contexts)
    {
        var root = yaml.LoadRoot(text);
        yaml.ExpectKeys(root, "mappings");
        var byCode = cameo.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var mappings = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);

        foreach (var entry in yaml.Entries(root, "mappings"))
        {
            yaml.ExpectKeys(entry, "cameo", "plover", "mode", "context");
            var code = yaml.Required(entry, "cameo");
            if (!byCode.TryGetValue(code, out var cameoCode))
                throw yaml.Error(entry, $"CAMEO code '{code}' is not in {CameoFile}");

            var typeName = yaml.Optional(entry, "plover");
            var type = typeName is null ? null
                : types.Find(t => t.Name == typeName) ?? throw yaml.Error(entry, $"unknown PLOVER type '{typeName}'");

            var modeName = yaml.Optional(entry, "mode");
            PloverMode? mode = null;
            if (modeName is not null)
            {
                if (type is null)
                    throw yaml.Error(entry, $"CAMEO '{code}' has a mode but no PLOVER type");
                mode = type.Modes.FirstOrDefault(m => m.Name == modeName)
                    ?? throw yaml.Error(entry, $"PLOVER type {type.Name} has no mode '{modeName}'");
            }

            var mappedContexts = new List<PloverContext>();
            foreach (var (name, node) in yaml.OptionalList(entry, "context"))
            {
                mappedContexts.Add(contexts.Find(c => c.Name == name)
                    ?? throw yaml.Error(node, $"unknown PLOVER context '{name}' (use the canonical name, not an alias)"));
            }

            if (!mappings.TryAdd(code, new PloverMapping(cameoCode, type, mode, mappedContexts)))
                throw yaml.Error(entry, $"CAMEO code '{code}' is mapped twice");
        }

        var unmapped = cameo.Where(c => !mappings.ContainsKey(c.Code)).Select(c => c.Code).ToList();
        if (unmapped.Count > 0)
            throw yaml.Error(root, $"no PLOVER mapping for CAMEO code(s) {string.Join(", ", unmapped)}; map them to null if PLOVER has no counterpart");
        return mappings;
    }
}
