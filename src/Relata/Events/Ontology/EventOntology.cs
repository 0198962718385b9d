using System.Diagnostics.CodeAnalysis;
using Relata.Data;

namespace Relata.Events.Ontology;

/// <summary>
/// The CAMEO codebook, the PLOVER types/modes/contexts and the crosswalk between them,
/// loaded once from the bundled tables under <c>data/ontology/</c>. Immutable and thread-safe.
/// </summary>
public sealed class EventOntology
{
    private static readonly Lazy<EventOntology> Bundled = new(LoadBundled);

    private readonly Dictionary<string, CameoCode> _cameo;
    private readonly Dictionary<string, CameoCode>.AlternateLookup<ReadOnlySpan<char>> _cameoBySpan;
    private readonly Dictionary<string, CameoCode[]> _children;
    private readonly Dictionary<string, PloverMapping> _plover;
    private readonly Dictionary<string, PloverType> _ploverTypes;
    private readonly Dictionary<string, PloverContext> _contexts;

    internal EventOntology(
        string cameoVersion,
        IReadOnlyList<CameoCode> cameoCodes,
        IReadOnlyList<PloverType> ploverTypes,
        IReadOnlyList<PloverContext> ploverContexts,
        Dictionary<string, PloverMapping> mappings)
    {
        CameoVersion = cameoVersion;
        CameoCodes = cameoCodes;
        PloverTypes = ploverTypes;
        PloverContexts = ploverContexts;
        _cameo = cameoCodes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _cameoBySpan = _cameo.GetAlternateLookup<ReadOnlySpan<char>>();
        _children = cameoCodes.Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Roots = cameoCodes.Where(c => c.IsRoot).ToArray();
        _plover = mappings;
        _ploverTypes = ploverTypes.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _contexts = new Dictionary<string, PloverContext>(StringComparer.OrdinalIgnoreCase);
        foreach (var context in ploverContexts)
        {
            _contexts[context.Name] = context;
            foreach (var alias in context.Aliases) _contexts[alias] = context;
        }
    }

    /// <summary>The ontology shipped with Relata, loaded on first use.</summary>
    public static EventOntology Default => Bundled.Value;

    /// <summary>Loads the bundled tables afresh. Throws <see cref="OntologyLoadException"/> if they are inconsistent.</summary>
    public static EventOntology LoadBundled() => EventOntologyLoader.Load(
        BundledData.ReadText(EventOntologyLoader.CameoFile),
        BundledData.ReadText(EventOntologyLoader.PloverFile),
        BundledData.ReadText(EventOntologyLoader.CrosswalkFile));

    /// <summary>CAMEO codebook version, e.g. <c>1.1b3</c>.</summary>
    public string CameoVersion { get; }

    /// <summary>Every CAMEO code (roots, 3- and 4-digit) in codebook order.</summary>
    public IReadOnlyList<CameoCode> CameoCodes { get; }

    /// <summary>The 20 CAMEO cue categories, 01 to 20.</summary>
    public IReadOnlyList<CameoCode> Roots { get; }

    public IReadOnlyList<PloverType> PloverTypes { get; }

    public IReadOnlyList<PloverContext> PloverContexts { get; }

    /// <summary>The CAMEO code with this exact code string (leading zeros matter: <c>"057"</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such code.</exception>
    public CameoCode Cameo(string code) =>
        _cameo.TryGetValue(code, out var cameo) ? cameo : throw new KeyNotFoundException($"Unknown CAMEO code '{code}'.");

    public bool TryCameo(string code, [NotNullWhen(true)] out CameoCode? cameo) => _cameo.TryGetValue(code, out cameo);

    /// <summary>Span overload for tokenizer/coder hot paths; does not allocate.</summary>
    public bool TryCameo(ReadOnlySpan<char> code, [NotNullWhen(true)] out CameoCode? cameo) =>
        _cameoBySpan.TryGetValue(code, out cameo);

    /// <summary>Direct children: the 3-digit codes of a root or the 4-digit codes of a 3-digit code.</summary>
    public IReadOnlyList<CameoCode> ChildrenOf(string code)
    {
        if (!_cameo.ContainsKey(code)) throw new KeyNotFoundException($"Unknown CAMEO code '{code}'.");
        return _children.TryGetValue(code, out var children) ? children : [];
    }

    /// <summary>The PLOVER reading of a CAMEO code; its <see cref="PloverMapping.Type"/> is null for 01x.</summary>
    /// <exception cref="KeyNotFoundException">No such CAMEO code.</exception>
    public PloverMapping Plover(string cameoCode) =>
        _plover.TryGetValue(cameoCode, out var mapping) ? mapping : throw new KeyNotFoundException($"Unknown CAMEO code '{cameoCode}'.");

    public bool TryPlover(string cameoCode, [NotNullWhen(true)] out PloverMapping? mapping) =>
        _plover.TryGetValue(cameoCode, out mapping);

    /// <summary>A PLOVER type by name, case-insensitive (e.g. <c>ASSAULT</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such type.</exception>
    public PloverType PloverType(string name) =>
        _ploverTypes.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"Unknown PLOVER type '{name}'.");

    public bool TryPloverType(string name, [NotNullWhen(true)] out PloverType? type) => _ploverTypes.TryGetValue(name, out type);

    /// <summary>A PLOVER context by canonical name or alias, case-insensitive (<c>refugee</c> finds <c>migration</c>).</summary>
    public bool TryPloverContext(string nameOrAlias, [NotNullWhen(true)] out PloverContext? context) =>
        _contexts.TryGetValue(nameOrAlias, out context);
}
