using System.Collections.Concurrent;
using Relata.Actors;

namespace Relata.Claims.Propositions;

/// <summary>
/// Collapses actors to the party a proposition is about: bodies, governments and officials to their state;
/// a state whose government at the date is a group (Afghanistan from August 2021) to that group.
/// </summary>
public sealed class ActorNormaliser(ActorKnowledgeBase kb)
{
    private const int MaxRemembered = 1 << 16;
    // Most actors normalise the same on every date; only dated roles and governments make the date matter.
    private readonly ConcurrentDictionary<string, (bool DateFree, string? Id)> _dateFree = new(StringComparer.Ordinal);
    private HashSet<string>? _roleTargets;

    public ActorKnowledgeBase KnowledgeBase => kb;

    public string? Normalise(string? actorId, DateOnly? date)
    {
        if (actorId is null) return null;
        return TryDateFree(actorId, out var id) ? id : Resolve(actorId, date);
    }

    /// <summary>The normalised id when it is the same on every date; false when the date matters.</summary>
    internal bool TryDateFree(string actorId, out string? id)
    {
        if (!_dateFree.TryGetValue(actorId, out var known))
        {
            known = IsDateFree(actorId, 0) ? (true, Resolve(actorId, null)) : (false, null);
            if (_dateFree.Count >= MaxRemembered) _dateFree.Clear();
            _dateFree[actorId] = known;
        }
        id = known.Id;
        return known.DateFree;
    }

    public string NameOf(string id) => kb.Get(id)?.Name ?? id;

    private string? Resolve(string actorId, DateOnly? date)
    {
        var actor = kb.Get(actorId);
        if (actor is null) return actorId;
        switch (actor.Type)
        {
            case ActorType.State or ActorType.HistoricalState:
                return Governed(actor.Id, date);
            case ActorType.ArmedGroup or ActorType.Movement or ActorType.Organisation or ActorType.Outlet:
                return actor.Id;
            case ActorType.Person:
                var role = kb.RoleAt(actor.Id, date).FirstOrDefault(r => r.Of is not null);
                string? of = role?.Of ?? actor.Country;
                return of is null || of == actor.Id ? actor.Id : Normalise(of, date);
            default:
                if (actor.Parent is { } parent && kb.Get(parent) is { Type: ActorType.ArmedGroup or ActorType.Movement })
                    return parent;
                return kb.StateOf(actor.Id) is { } state ? Governed(state, date) : actor.Id;
        }
    }

    /// <summary>True when <see cref="Resolve"/> never reaches a dated role or government for this actor.</summary>
    private bool IsDateFree(string actorId, int depth)
    {
        if (depth > 8) return false;
        var actor = kb.Get(actorId);
        if (actor is null) return true;
        switch (actor.Type)
        {
            case ActorType.State or ActorType.HistoricalState:
                return GovernedDateFree(actor.Id);
            case ActorType.ArmedGroup or ActorType.Movement or ActorType.Organisation or ActorType.Outlet:
                return true;
            case ActorType.Person:
                // A dated role "of" another state or body than the person's country changes who they speak for.
                foreach (var role in actor.Roles)
                    if (role.Of is { } roleOf && roleOf != actor.Country) return false;
                return actor.Country is not { } of || of == actor.Id || IsDateFree(of, depth + 1);
            default:
                if (actor.Parent is { } parent && kb.Get(parent) is { Type: ActorType.ArmedGroup or ActorType.Movement })
                    return true;
                return kb.StateOf(actor.Id) is not { } state || GovernedDateFree(state);
        }
    }

    /// <summary>A state stands for itself on every date when none of its dated governments is a group, or, when the KB
    /// dates none, when no actor holds a role "of" it (de facto governments are such roles).</summary>
    private bool GovernedDateFree(string stateId)
    {
        var state = kb.Get(stateId);
        if (state is null) return true;
        if (state.Governments.Count > 0)
        {
            foreach (var term in state.Governments)
                if (kb.Get(term.ActorId) is { Type: ActorType.ArmedGroup or ActorType.Movement }) return false;
            return true;
        }
        var targets = _roleTargets ??= RoleTargets();
        return !targets.Contains(stateId) && !targets.Contains(state.Id);
    }

    private HashSet<string> RoleTargets()
    {
        var targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in kb.Actors)
            foreach (var role in actor.Roles)
                if (role.Of is { } of) targets.Add(of);
        return targets;
    }

    private string Governed(string stateId, DateOnly? date) =>
        kb.GovernmentOf(stateId, date) is { Type: ActorType.ArmedGroup or ActorType.Movement } group ? group.Id : stateId;
}
