using Relata.Actors;

namespace Relata.Analysis;

/// <summary>
/// Which stored actors count as one side of an analysis. A state covers its own id, its bodies and people
/// ("RUS.MFA", persons whose country it is), its governments over time (the Taliban for Afghanistan since 2021)
/// and any actor coded with its CAMEO country prefix; any other actor covers itself and its sub-bodies.
/// </summary>
public sealed class ActorScope
{
    private readonly HashSet<string> _ids;
    private readonly string[] _codePrefixes;

    public ActorScope(string id, string name, IEnumerable<string>? members = null, params string[] codePrefixes)
    {
        Id = id;
        Name = name;
        _ids = new HashSet<string>(members ?? [], StringComparer.Ordinal) { id };
        _codePrefixes = codePrefixes;
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyCollection<string> Members => _ids;

    public static ActorScope Exact(string id, string? name = null) => new(id, name ?? id);

    public static ActorScope From(ActorKnowledgeBase kb, Actor actor)
    {
        bool state = actor.Type is ActorType.State or ActorType.HistoricalState;
        var members = kb.Actors
            .Where(a => a.Id.StartsWith(actor.Id + ".", StringComparison.Ordinal) || a.Parent == actor.Id || (state && a.Country == actor.Id
                && a.Type is not (ActorType.ArmedGroup or ActorType.Movement)))
            .Select(a => a.Id)
            .Concat(state ? actor.Governments.Select(g => g.ActorId) : []);
        return new ActorScope(actor.Id, actor.Name, members, state && actor.Cameo is { Length: 3 } c ? [c] : []);
    }

    /// <summary>Both sides as one (for "everything involving A or B").</summary>
    public static ActorScope Union(ActorScope a, ActorScope b) =>
        new($"{a.Id}+{b.Id}", $"{a.Name} or {b.Name}", a._ids.Concat(b._ids), [.. a._codePrefixes, .. b._codePrefixes]);

    /// <summary>True when a stored participant (id and CAMEO code at the event's date) belongs to this side.</summary>
    public bool Matches(string? actorId, string? code) =>
        (actorId is not null && _ids.Contains(actorId))
        || (code is not null && _codePrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal)));

    public override string ToString() => $"{Id} ({Name})";
}
