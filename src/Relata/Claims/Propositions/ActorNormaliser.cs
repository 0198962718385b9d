using Relata.Actors;

namespace Relata.Claims.Propositions;

/// <summary>
/// Collapses actors to the party a proposition is about: bodies, governments and officials to their state;
/// a state whose government at the date is a group (Afghanistan from August 2021) to that group.
/// </summary>
public sealed class ActorNormaliser(ActorKnowledgeBase kb)
{
    public ActorKnowledgeBase KnowledgeBase => kb;

    public string? Normalise(string? actorId, DateOnly? date)
    {
        if (actorId is null) return null;
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

    public string NameOf(string id) => kb.Get(id)?.Name ?? id;

    private string Governed(string stateId, DateOnly? date) =>
        kb.GovernmentOf(stateId, date) is { Type: ActorType.ArmedGroup or ActorType.Movement } group ? group.Id : stateId;
}
