namespace Relata.Actors;

public enum ActorType : byte { State, HistoricalState, Body, Government, Organisation, ArmedGroup, Movement, Person, Outlet }

/// <summary>Where an entry (or a field of it) was written: "file:line".</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>One actor of the knowledge base after the bundled and user layers were merged.</summary>
public sealed class Actor
{
    public required string Id { get; init; }

    /// <summary>The actor linker's last snapshot of this actor (see <c>DocumentLinker.Snapshot</c>); not part of the data.</summary>
    internal object? LinkerSnapshot;

    /// <summary>The actor linker's facts about this actor in one knowledge base (see <c>DocumentLinker.FactsOf</c>); not part of the data.</summary>
    internal object? LinkerFacts;

    /// <summary>The text this actor was last mentioned as (mentions of one actor mostly repeat it); not part of the data.</summary>
    internal string? LastMentionText;
    public required string Name { get; init; }
    public ActorType Type { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Acronyms { get; init; } = [];
    public string? Cameo { get; init; }
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }
    public string? Wikidata { get; init; }
    /// <summary>Id of the state it belongs to or operates in.</summary>
    public string? Country { get; init; }
    public string? Parent { get; init; }
    /// <summary>CAMEO sector code (GOV, MIL, …) for bodies and organisations.</summary>
    public string? Sector { get; init; }
    public string? OfficialName { get; init; }
    public string? Capital { get; init; }
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    public IReadOnlyList<string> Adjectives { get; init; } = [];
    public IReadOnlyList<string> Metonyms { get; init; } = [];
    /// <summary>Names that identify a body only together with its state ("Foreign Ministry").</summary>
    public IReadOnlyList<string> Generic { get; init; } = [];
    public string? Given { get; init; }
    public string? Family { get; init; }
    public IReadOnlyList<GovernmentTerm> Governments { get; init; } = [];
    public IReadOnlyList<ActorRole> Roles { get; init; } = [];
    public IReadOnlyList<Membership> Members { get; init; } = [];
    public IReadOnlyList<Designation> Designations { get; init; } = [];
    public Interval Valid { get; init; }
    public string? Note { get; init; }
    public SourceLocation Source { get; init; }

    /// <summary>The state this actor belongs to: itself for states, else <see cref="Country"/>.</summary>
    public string? StateId => Type is ActorType.State or ActorType.HistoricalState ? Id : Country;

    public override string ToString() => $"{Id} ({Name})";
}

/// <summary>Who governs a state in an interval: an inline government (<see cref="Id"/>) or another actor.</summary>
public sealed record GovernmentTerm(string ActorId, string? Name, Interval When, SourceLocation Source);

/// <summary>A dated role: a person's post (<see cref="Title"/>) or a group's status (<see cref="Role"/>).</summary>
public sealed record ActorRole(string? Title, IReadOnlyList<string> Titles, string? Role, string? Of, string? Sector, Interval When, SourceLocation Source)
{
    public string Label => Title ?? Role ?? "";
}

public sealed record Membership(string ActorId, Interval When, SourceLocation Source);

public sealed record Designation(string By, string? List, Interval When, SourceLocation Source);
