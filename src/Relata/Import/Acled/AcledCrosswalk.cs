using Relata.Data;
using Relata.Events.Ontology;
using YamlDotNet.RepresentationModel;

namespace Relata.Import.Acled;

/// <summary>A generic ACLED actor name: a state plus a CAMEO sector ("Military Forces of Russia" is RUS + MIL).</summary>
/// <param name="Prefix">"Military Forces of ": the country name follows.</param>
/// <param name="SuffixOf">"Civilians": the country name follows in parentheses.</param>
public sealed record AcledActorForm(string? Prefix, string? SuffixOf, string Sector);

/// <summary>The ACLED → CAMEO tables of <c>data/interchange/acled.yaml</c>.</summary>
public sealed class AcledCrosswalk
{
    public const string File = "interchange/acled.yaml";

    private static readonly Lazy<AcledCrosswalk> Bundled = new(() => Load(BundledData.ReadText(File), EventOntology.Default));

    private readonly Dictionary<string, Dictionary<string, string>> _events;

    private AcledCrosswalk(Dictionary<string, Dictionary<string, string>> events, IReadOnlyList<AcledActorForm> forms, IReadOnlyDictionary<string, string> precision)
    {
        _events = events;
        ActorForms = forms;
        TimePrecision = precision;
    }

    public static AcledCrosswalk Default => Bundled.Value;

    public IReadOnlyList<AcledActorForm> ActorForms { get; }

    /// <summary>ACLED time_precision ("1", "2", "3") → TIMEX3 precision (day, week, month).</summary>
    public IReadOnlyDictionary<string, string> TimePrecision { get; }

    /// <summary>Every CAMEO code the table maps to, for checks.</summary>
    public IEnumerable<string> Codes => _events.Values.SelectMany(v => v.Values).Distinct();

    /// <summary>The CAMEO code for an event type and sub-event type; null when the event type is unknown.</summary>
    public string? Cameo(string eventType, string? subEventType)
    {
        if (!_events.TryGetValue(eventType.Trim(), out var subs)) return null;
        return subEventType is not null && subs.TryGetValue(subEventType.Trim(), out var code) ? code : subs.GetValueOrDefault("default");
    }

    /// <exception cref="InvalidDataException">The table is malformed or names a CAMEO code the ontology does not have.</exception>
    public static AcledCrosswalk Load(string yaml, EventOntology ontology)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var events = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, subs) in Map(root, "event_types"))
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (sub, code) in (YamlMappingNode)subs)
            {
                string c = ((YamlScalarNode)code).Value!;
                if (!ontology.TryCameo(c, out _)) throw new InvalidDataException($"data/{File}:{code.Start.Line}: unknown CAMEO code '{c}'");
                table[((YamlScalarNode)sub).Value!] = c;
            }
            events[((YamlScalarNode)type).Value!] = table;
        }
        var forms = ((YamlSequenceNode)root.Children[new YamlScalarNode("actor_forms")]).Children.Cast<YamlMappingNode>()
            .Select(m => new AcledActorForm(Scalar(m, "prefix"), Scalar(m, "suffix_of"),
                Scalar(m, "sector") ?? throw new InvalidDataException($"data/{File}:{m.Start.Line}: an actor form needs a sector")))
            .ToList();
        var precision = Map(root, "time_precision").ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);
        return new AcledCrosswalk(events, forms, precision);
    }

    private static YamlMappingNode Map(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode m
            ? m : throw new InvalidDataException($"data/{File}: missing '{key}'");

    private static string? Scalar(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
}
