using Relata.Actors.Loading;

namespace Relata.Actors;

/// <summary>
/// The merged actor knowledge base (bundled <c>data/actors/*.yaml</c> plus user files) and its
/// time-aware queries. Immutable and thread-safe once loaded.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private static readonly Lazy<ActorKnowledgeBase> Bundled = new(() => KnowledgeBaseLoader.Load([], includeBundledActors: true));
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, TitleInfo> _titleByPhrase;
    private Linking.ActorLexicon? _lexicon;

    internal ActorKnowledgeBase(Dictionary<string, Actor> actors, IReadOnlyList<SectorInfo> sectors,
        IReadOnlyList<TitleInfo> titles, IReadOnlyList<string> outlets, IReadOnlyList<KnowledgeBaseError> warnings)
    {
        _actors = actors;
        Sectors = sectors;
        Titles = titles;
        Outlets = outlets;
        Warnings = warnings;
        _titleByPhrase = new(StringComparer.OrdinalIgnoreCase);
        foreach (var t in titles)
            foreach (var p in t.Phrases.Append(t.Key))
                _titleByPhrase.TryAdd(p, t);
    }

    /// <summary>The bundled knowledge base, loaded once.</summary>
    public static ActorKnowledgeBase LoadBundled() => Bundled.Value;

    /// <summary>Bundled data extended and overridden (by id, field by field) by user files, in order.</summary>
    /// <exception cref="KnowledgeBaseException">Any file has a problem; every problem is listed.</exception>
    public static ActorKnowledgeBase Load(IEnumerable<(string name, TextReader reader)> userFiles, bool includeBundledActors = true) =>
        KnowledgeBaseLoader.Load(userFiles, includeBundledActors);

    public IEnumerable<Actor> Actors => _actors.Values;
    public int Count => _actors.Count;
    public IReadOnlyList<SectorInfo> Sectors { get; }
    public IReadOnlyList<TitleInfo> Titles { get; }
    public IReadOnlyList<string> Outlets { get; }
    /// <summary>Non-fatal remarks (unknown fields ignored), "file:line: …".</summary>
    public IReadOnlyList<KnowledgeBaseError> Warnings { get; }

    internal Linking.ActorLexicon Lexicon => LazyInitializer.EnsureInitialized(ref _lexicon, () => new Linking.ActorLexicon(this));

    public Actor? Get(string? id) => id is not null && _actors.TryGetValue(id, out var a) ? a : null;

    public bool Contains(string id) => _actors.ContainsKey(id);

    public SectorInfo? Sector(string code)
    {
        for (int i = 0; i < Sectors.Count; i++) if (Sectors[i].Code == code) return Sectors[i];
        return null;
    }

    /// <summary>The title entry a wording belongs to ("Minister of Foreign Affairs" → foreign minister).</summary>
    public TitleInfo? Title(string wording) => _titleByPhrase.GetValueOrDefault(wording.Trim());

    /// <summary>Canonical key of a title wording, or the lower-cased wording when the lexicon does not know it.</summary>
    public string TitleKey(string wording)
    {
        if (_titleKeys.TryGetValue(wording, out string? key)) return key;
        key = TitleLoose(wording)?.Key ?? wording.Trim().ToLowerInvariant();
        if (_titleKeys.Count < MaxCachedTitleKeys) _titleKeys.TryAdd(wording, key);
        return key;
    }

    // The KB is immutable, so a wording's key never changes; role titles are keyed again for every holder lookup.
    // Bounded because callers may pass wordings taken from documents.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _titleKeys = new(StringComparer.Ordinal);
    private const int MaxCachedTitleKeys = 50_000;

    /// <summary>
    /// The title a longer wording is built on: "Special Presidential Envoy for Afghanistan" → special envoy
    /// (qualifier after for/of/to dropped, then leading words dropped until a known phrase remains).
    /// </summary>
    public TitleInfo? TitleLoose(string wording)
    {
        string w = wording.Trim();
        if (Title(w) is { } exact) return exact;
        foreach (string cut in new[] { " for ", " of ", " to ", " in ", " on " })
        {
            int at = w.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0) w = w[..at];
        }
        var parts = w.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int skip = 0; skip < parts.Length; skip++)
            if (Title(string.Join(' ', parts[skip..])) is { } t) return t;
        return null;
    }

    /// <summary>Roles (posts or statuses) the actor holds on <paramref name="date"/>.</summary>
    public IReadOnlyList<ActorRole> RoleAt(string actorId, DateOnly? date)
    {
        if (Get(actorId) is not { } actor) return [];
        List<ActorRole>? held = null;
        var roles = actor.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i].When.Contains(date)) (held ??= []).Add(roles[i]);
        return held ?? (IReadOnlyList<ActorRole>)[];
    }

    /// <summary>The first role <paramref name="actor"/> (an actor of this KB) holds on <paramref name="date"/>, as <see cref="RoleAt"/> would list it.</summary>
    internal ActorRole? FirstRoleAt(Actor actor, DateOnly? date)
    {
        if (Get(actor.Id) is not { } known) return null;
        var roles = known.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i].When.Contains(date)) return roles[i];
        return null;
    }

    /// <summary>Who governs <paramref name="stateId"/> on <paramref name="date"/>, or null when the KB does not say.</summary>
    public Actor? GovernmentOf(string stateId, DateOnly? date)
    {
        var state = Get(stateId);
        if (state is null) return null;
        var terms = state.Governments;
        for (int i = 0; i < terms.Count; i++)
            if (terms[i].When.Contains(date)) return Get(terms[i].ActorId);
        return state.Governments.Count > 0 ? null : DeFactoGovernments(stateId, date).FirstOrDefault();
    }

    /// <summary>Groups whose dated role says they govern the state ("de facto government of Afghanistan", of: AFG, sector: GOV).</summary>
    private IEnumerable<Actor> DeFactoGovernments(string stateId, DateOnly? date)
    {
        _governing ??= _actors.Values
            .Where(a => a.Type is ActorType.ArmedGroup or ActorType.Movement or ActorType.Organisation)
            .SelectMany(a => a.Roles.Where(r => r.Of is not null && r.Sector == "GOV").Select(r => (State: r.Of!, Actor: a, Role: r)))
            .ToLookup(x => x.State, x => (x.Actor, x.Role));
        return _governing[stateId].Where(x => x.Role.When.Contains(date)).Select(x => x.Actor);
    }

    private ILookup<string, (Actor Actor, ActorRole Role)>? _governing;

    public IReadOnlyList<Actor> MembersOf(string orgId, DateOnly? date) =>
        Get(orgId)?.Members.Where(m => m.When.Contains(date)).Select(m => Get(m.ActorId)).OfType<Actor>().ToList() ?? [];

    public bool IsMember(string actorId, string orgId, DateOnly? date) =>
        Get(orgId)?.Members.Any(m => m.ActorId == actorId && m.When.Contains(date)) ?? false;

    public bool IsDesignated(string actorId, string byId, DateOnly? date) =>
        Get(actorId)?.Designations.Any(d => d.By == byId && d.When.Contains(date)) ?? false;

    /// <summary>
    /// Person holding a post on a date: either the head of a body given by id (<c>RUS.MFA</c>), or a title
    /// within a state or body (<c>HolderOf("foreign minister", "RUS", date)</c>).
    /// </summary>
    public Actor? HolderOf(string titleOrBody, DateOnly? date) =>
        Get(titleOrBody) is { } body
            ? HoldersOf(body.Id, date).OrderBy(h => IsDeputy(h.Role)).Select(h => h.Person).FirstOrDefault()
            : null;

    public Actor? HolderOf(string title, string stateOrBodyId, DateOnly? date)
    {
        string key = TitleKey(title);
        return HoldersOf(stateOrBodyId, date)
            .Where(h => RoleKeys(h.Role).Contains(key)).Select(h => h.Person).FirstOrDefault();
    }

    /// <summary>Everyone with a role of <paramref name="stateOrBodyId"/> (or of one of its bodies) on the date.</summary>
    public IEnumerable<(Actor Person, ActorRole Role)> HoldersOf(string stateOrBodyId, DateOnly? date)
    {
        _rolesByState ??= _actors.Values.Where(a => a.Type == ActorType.Person)
            .SelectMany(p => p.Roles.Where(r => r.Of is not null).Select(r => (Person: p, Role: r)))
            .ToLookup(x => StateOf(x.Role.Of!) ?? x.Role.Of!);
        string key = StateOf(stateOrBodyId) ?? stateOrBodyId;
        foreach (var (person, role) in _rolesByState[key])
            if (role.When.Contains(date) && BelongsTo(role.Of!, stateOrBodyId))
                yield return (person, role);
    }

    private ILookup<string, (Actor Person, ActorRole Role)>? _rolesByState;

    /// <summary>Canonical keys of a role's title and alternative wordings.</summary>
    public IEnumerable<string> RoleKeys(ActorRole role) =>
        role.Title is null ? [] : role.Titles.Prepend(role.Title).Select(TitleKey).Distinct();

    /// <summary>True when <paramref name="id"/> is <paramref name="ancestor"/> or lies under it via parent/country links.</summary>
    public bool BelongsTo(string id, string ancestor)
    {
        for (int depth = 0; depth < 8 && id is not null; depth++)
        {
            if (id == ancestor) return true;
            var a = Get(id);
            if (a is null) return false;
            string? next = a.Parent ?? a.Country;
            if (next is null || next == id) return false;
            id = next;
        }
        return false;
    }

    /// <summary>The state an actor belongs to, following parents.</summary>
    public string? StateOf(string id)
    {
        // Ids outside the KB have no state, as the walk would find.
        return id is not null && (_stateOfActor ??= BuildStateOf()).TryGetValue(id, out string? state) ? state : null;
    }

    // Every KB actor's state, worked out once: the linker asks for it at every mention.
    private Dictionary<string, string?>? _stateOfActor;

    private Dictionary<string, string?> BuildStateOf()
    {
        var states = new Dictionary<string, string?>(_actors.Count, StringComparer.Ordinal);
        foreach (string id in _actors.Keys) states[id] = WalkToState(id);
        return states;
    }

    private string? WalkToState(string id)
    {
        for (int depth = 0; depth < 8; depth++)
        {
            var a = Get(id);
            if (a is null) return null;
            if (a.Type is ActorType.State or ActorType.HistoricalState) return a.Id;
            string? next = a.Country ?? a.Parent;
            if (next is null) return null;
            id = next;
        }
        return null;
    }

    private static bool IsDeputy(ActorRole role) =>
        role.Title is { } t && (t.Contains("deputy", StringComparison.OrdinalIgnoreCase) || t.Contains("vice", StringComparison.OrdinalIgnoreCase));
}
