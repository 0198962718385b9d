using Relata.Data;
using Relata.Events.Ontology;
using YamlDotNet.RepresentationModel;

namespace Relata.Events.Patterns;

/// <summary>Reads and validates the event pattern tables under <c>data/events/</c>.</summary>
public static class EventPatternLoader
{
    public const string Folder = "events/";
    public const string VerbFormsFile = "events/verb-forms.yaml";

    /// <summary>The bundled tables: every <c>events/NN-*.yaml</c> plus <c>events/verb-forms.yaml</c>.</summary>
    public static EventPatternSet LoadBundled(EventOntology ontology)
    {
        var tables = BundledData.List(Folder)
            .Where(p => p != VerbFormsFile && p.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(p => (p, BundledData.ReadText(p)))
            .ToList();
        return Load(tables, BundledData.ReadText(VerbFormsFile), ontology);
    }

    /// <param name="tables">(path relative to <c>data/</c>, YAML text) of each pattern table.</param>
    /// <exception cref="EventPatternLoadException">A table is malformed or inconsistent.</exception>
    public static EventPatternSet Load(IEnumerable<(string File, string Text)> tables, string verbFormsYaml, EventOntology ontology)
    {
        var inflector = ReadVerbForms(verbFormsYaml);
        var patterns = new List<EventPattern>();
        var seen = new Dictionary<string, EventPattern>(StringComparer.Ordinal);
        foreach (var (file, text) in tables)
        {
            foreach (var pattern in Convert(file, () => ReadTable(new OntologyYaml(file), text, ontology, inflector)))
            {
                if (seen.TryGetValue(pattern.Canonical, out var first))
                {
                    var problem = first.Code == pattern.Code
                        ? $"pattern '{pattern.Text}' is listed twice (first at {first.File}:{first.Line})"
                        : $"pattern '{pattern.Text}' is coded {pattern.Code} here but {first.Code} at {first.File}:{first.Line}";
                    throw new EventPatternLoadException(file, pattern.Line, problem);
                }
                seen.Add(pattern.Canonical, pattern);
                patterns.Add(pattern);
            }
        }
        return new EventPatternSet(patterns, inflector, ontology);
    }

    private static VerbInflector ReadVerbForms(string text)
    {
        var yaml = new OntologyYaml(VerbFormsFile);
        var irregular = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var root = Convert(VerbFormsFile, () => yaml.LoadRoot(text));
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var lemma = ((YamlScalarNode)keyNode).Value ?? "";
            if (lemma.Length == 0 || !lemma.All(c => char.IsAsciiLetterLower(c) || c == '-'))
                throw new EventPatternLoadException(VerbFormsFile, keyNode.Start.Line, $"'{lemma}' is not a lower-case verb lemma");
            if (valueNode is not YamlSequenceNode forms || forms.Children.Count == 0)
                throw new EventPatternLoadException(VerbFormsFile, valueNode.Start.Line, $"'{lemma}' needs a non-empty list of forms");
            var list = new List<string>();
            foreach (var form in forms)
            {
                if (form is not YamlScalarNode { Value: { Length: > 0 } value } || !value.All(c => char.IsAsciiLetterLower(c) || c is '-' or '\''))
                    throw new EventPatternLoadException(VerbFormsFile, form.Start.Line, $"forms of '{lemma}' must be lower-case words");
                list.Add(value);
            }
            if (!irregular.TryAdd(lemma, list))
                throw new EventPatternLoadException(VerbFormsFile, keyNode.Start.Line, $"'{lemma}' is listed twice");
        }
        return new VerbInflector(irregular);
    }

    private static List<EventPattern> ReadTable(OntologyYaml yaml, string text, EventOntology ontology, VerbInflector inflector)
    {
        var root = yaml.LoadRoot(text);
        yaml.ExpectKeys(root, "root", "name", "entries");
        var rootCode = yaml.Required(root, "root");
        var fileName = Path.GetFileName(yaml.File);
        if (!fileName.StartsWith(rootCode + "-", StringComparison.Ordinal))
            throw yaml.Error(root, $"file of root '{rootCode}' must be named '{rootCode}-<name>.yaml'");
        if (!ontology.TryCameo(rootCode, out var rootCameo) || !rootCameo.IsRoot)
            throw yaml.Error(yaml.Find(root, "root")!, $"'{rootCode}' is not a CAMEO root");

        var patterns = new List<EventPattern>();
        foreach (var entry in yaml.Entries(root, "entries"))
        {
            yaml.ExpectKeys(entry, "code", "verbs", "nouns", "symmetric", "modality_hint", "context", "note");
            var code = yaml.Required(entry, "code");
            if (!ontology.TryCameo(code, out _))
                throw yaml.Error(yaml.Find(entry, "code")!, $"'{code}' is not a CAMEO code in {EventOntologyLoader.CameoFile}");
            if (!code.StartsWith(rootCode, StringComparison.Ordinal))
                throw yaml.Error(yaml.Find(entry, "code")!, $"code '{code}' does not belong to root {rootCode}");

            var modality = yaml.Optional(entry, "modality_hint") switch
            {
                null => ModalityHint.None,
                "hypothetical" => ModalityHint.Hypothetical,
                "negated" => ModalityHint.Negated,
                var other => throw yaml.Error(yaml.Find(entry, "modality_hint")!, $"modality_hint must be hypothetical or negated, not '{other}'"),
            };
            var contexts = ReadContexts(yaml, entry, ontology);
            bool symmetric = yaml.OptionalFlag(entry, "symmetric");
            var note = yaml.Optional(entry, "note");

            var verbs = yaml.OptionalList(entry, "verbs");
            var nouns = yaml.OptionalList(entry, "nouns");
            if (verbs.Count + nouns.Count == 0)
                throw yaml.Error(entry, $"entry {code} has neither verbs nor nouns");
            foreach (var (kind, list) in new[] { (PatternKind.Verb, verbs), (PatternKind.Noun, nouns) })
            {
                foreach (var (patternText, node) in list)
                {
                    int line = (int)node.Start.Line;
                    try
                    {
                        var (elements, possessor) = PatternParser.Parse(patternText, kind, inflector);
                        patterns.Add(new EventPattern(code, kind, patternText, elements, possessor, symmetric, modality,
                            contexts, note, yaml.File, line));
                    }
                    catch (PatternSyntaxException e)
                    {
                        throw new EventPatternLoadException(yaml.File, line, $"pattern '{patternText}': {e.Message}");
                    }
                }
            }
        }
        return patterns;
    }

    private static string[] ReadContexts(OntologyYaml yaml, YamlMappingNode entry, EventOntology ontology)
    {
        var node = yaml.Find(entry, "context");
        if (node is null) return [];
        IEnumerable<(string Value, YamlNode Node)> names = node is YamlScalarNode { Value: { } single }
            ? [(single, node)]
            : yaml.OptionalList(entry, "context");
        return names.Select(n => ontology.TryPloverContext(n.Value, out var context)
                ? context.Name
                : throw yaml.Error(n.Node, $"unknown PLOVER context '{n.Value}'"))
            .Distinct()
            .ToArray();
    }

    private static T Convert<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (OntologyLoadException e)
        {
            throw new EventPatternLoadException(file, e.Line, e.Problem);
        }
    }
}
