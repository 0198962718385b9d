using Relata.Actors;

namespace Relata.Analysis;

/// <summary>Folds people and state bodies into the state they act for (a foreign minister into his state), so a
/// network or matrix shows states, movements and organisations rather than every official. Unknown ids stay themselves.</summary>
public sealed class ActorRollUp
{
    private readonly IReadOnlyDictionary<string, string> _groupOf;
    private readonly IReadOnlyDictionary<string, string> _names;

    public ActorRollUp(IReadOnlyDictionary<string, string> groupOf, IReadOnlyDictionary<string, string>? names = null)
    {
        _groupOf = groupOf;
        _names = names ?? new Dictionary<string, string>();
    }

    public static ActorRollUp None { get; } = new(new Dictionary<string, string>());

    public static ActorRollUp ToStates(ActorKnowledgeBase kb)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in kb.Actors)
        {
            names[a.Id] = a.Name;
            if (StateOf(kb, a) is { } state && state != a.Id) groupOf[a.Id] = state;
        }
        return new ActorRollUp(groupOf, names);
    }

    public string Group(string id) => _groupOf.GetValueOrDefault(id, id);

    public string? Name(string id) => _names.GetValueOrDefault(id);

    private static string? StateOf(ActorKnowledgeBase kb, Actor a)
    {
        if (a.Type is ActorType.Person) return a.Country;
        if (a.Type is not (ActorType.Body or ActorType.Government)) return null;
        var current = a;
        for (int depth = 0; depth < 8 && current is not null; depth++)
        {
            if (current.Type is ActorType.State or ActorType.HistoricalState) return current.Id;
            current = kb.Get(current.Parent) ?? kb.Get(current.Country);
        }
        return null;
    }
}
