using Relata.Events.Ontology;

namespace Relata.Events.Patterns;

/// <summary>
/// The compiled event patterns of <c>data/events/</c>, indexed by trigger word form so that a coder
/// looks up only the patterns a token can start. Immutable and thread-safe.
/// </summary>
public sealed class EventPatternSet
{
    private static readonly Lazy<EventPatternSet> Bundled = new(() => EventPatternLoader.LoadBundled(EventOntology.Default));

    private readonly Dictionary<string, EventPattern[]> _byTrigger;
    private readonly Dictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byTriggerSpan;
    private readonly CompiledPattern[]?[] _byTriggerId;

    internal EventPatternSet(IReadOnlyList<EventPattern> patterns, VerbInflector inflector, EventOntology ontology)
    {
        Patterns = patterns;
        Inflector = inflector;
        Ontology = ontology;
        _byTrigger = patterns
            .SelectMany(p => TriggerForms(p.Trigger).Select(form => (form, p)))
            .GroupBy(x => x.form, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.p).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
        _byTriggerSpan = _byTrigger.GetAlternateLookup<ReadOnlySpan<char>>();

        var compiled = new Dictionary<EventPattern, CompiledPattern>(ReferenceEqualityComparer.Instance);
        foreach (var pattern in patterns) compiled.Add(pattern, new CompiledPattern(pattern, Words));
        _byTriggerId = new CompiledPattern[Words.Count][];
        foreach (var (form, triggered) in _byTrigger)
            _byTriggerId[Words.IdOf(form)] = [.. triggered.Select(p => compiled[p])];
    }

    /// <summary>The bundled pattern tables, loaded and validated against <see cref="EventOntology.Default"/> on first use.</summary>
    public static EventPatternSet Default => Bundled.Value;

    public IReadOnlyList<EventPattern> Patterns { get; }

    public VerbInflector Inflector { get; }

    public EventOntology Ontology { get; }

    /// <summary>Every word form that can start a pattern.</summary>
    public IEnumerable<string> TriggerWords => _byTrigger.Keys;

    /// <summary>Patterns whose first element matches this token (case-insensitive); empty for most tokens. Does not allocate.</summary>
    public ReadOnlySpan<EventPattern> CandidatesFor(ReadOnlySpan<char> token) =>
        _byTriggerSpan.TryGetValue(token, out var patterns) ? patterns : [];

    /// <summary>Every word the patterns spell out, numbered.</summary>
    internal PatternWords Words { get; } = new();

    /// <summary>The compiled patterns a token with this <see cref="PatternWords"/> id can start, in table order.</summary>
    internal ReadOnlySpan<CompiledPattern> CandidatesFor(int wordId) =>
        (uint)wordId < (uint)_byTriggerId.Length ? _byTriggerId[wordId] : [];

    private static IEnumerable<string> TriggerForms(PatternElement trigger) => trigger switch
    {
        PatternElement.VerbLemma verb => verb.Forms,
        PatternElement.Literal literal => [literal.Word],
        PatternElement.Choice choice => choice.Alternatives.Select(a => a[0]),
        _ => throw new InvalidOperationException($"'{trigger.Describe()}' cannot trigger a pattern"),
    };
}
