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
    private readonly CandidateAt[]?[] _byTriggerId;

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
        foreach (var form in _byTrigger.Keys) TriggerFilter.Add(form);

        var compiled = new Dictionary<EventPattern, CompiledPattern>(ReferenceEqualityComparer.Instance);
        foreach (var pattern in patterns) compiled.Add(pattern, new CompiledPattern(pattern, Words));
        _byTriggerId = new CandidateAt[Words.Count][];
        // Most literals first, so that the matcher can stop once no candidate left can beat its best match.
        foreach (var (form, triggered) in _byTrigger)
            _byTriggerId[Words.IdOf(form)] = [.. triggered.Select((p, order) => CandidateAt.Of(compiled[p], order)).OrderByDescending(c => c.Pattern.MaxLiterals)];
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

    /// <summary>Rejects most tokens that start no pattern without hashing them: a sentence none of whose tokens passes has no trigger.</summary>
    internal Relata.Text.WordFilter TriggerFilter { get; } = new();

    /// <summary>Every word the patterns spell out, numbered.</summary>
    internal PatternWords Words { get; } = new();

    /// <summary>The compiled patterns a token with this <see cref="PatternWords"/> id can start, most literals first.</summary>
    internal ReadOnlySpan<CandidateAt> CandidatesFor(int wordId) =>
        (uint)wordId < (uint)_byTriggerId.Length ? _byTriggerId[wordId] : [];

    private static IEnumerable<string> TriggerForms(PatternElement trigger) => trigger switch
    {
        PatternElement.VerbLemma verb => verb.Forms,
        PatternElement.Literal literal => [literal.Word],
        PatternElement.Choice choice => choice.Alternatives.Select(a => a[0]),
        _ => throw new InvalidOperationException($"'{trigger.Describe()}' cannot trigger a pattern"),
    };
}

/// <summary>
/// A pattern a trigger word can start, with its position among that word's patterns in table order. Carries what the
/// matcher checks first for every candidate (its literal count and a presence mask of two words it needs), so that
/// most candidates are rejected without reading the pattern itself.
/// </summary>
internal readonly record struct CandidateAt(CompiledPattern Pattern, int Order, int MaxLiterals, ulong NeedA, ulong NeedB)
{
    public static CandidateAt Of(CompiledPattern pattern, int order)
    {
        var masks = pattern.RequiredMasks;
        // The two most selective required elements (fewest mask bits); a missing one passes every sentence.
        ulong a = ulong.MaxValue, b = ulong.MaxValue;
        foreach (ulong m in masks.OrderBy(ulong.PopCount).Take(2))
        {
            if (a == ulong.MaxValue) a = m;
            else b = m;
        }
        return new CandidateAt(pattern, order, pattern.MaxLiterals, a, b);
    }

    /// <summary>False only when the sentence surely lacks a word the pattern needs; true means "check the pattern".</summary>
    public bool MayMatchIn(ulong presentMask) => (NeedA & presentMask) != 0 && (NeedB & presentMask) != 0;
}
