using Relata.Documents;
using Relata.Text;

namespace Relata.Actors.Linking;

/// <summary>Everything the linker looks up, built once per knowledge base.</summary>
internal sealed class ActorLexicon
{
    public ActorLexicon(ActorKnowledgeBase kb)
    {
        Kb = kb;
        foreach (var a in kb.Actors) AddActor(a);
        foreach (string outlet in kb.Outlets) Add(Names, outlet, new LexEntry(outlet, LexKind.Outlet, Split(outlet)));
        foreach (var title in kb.Titles)
            foreach (string phrase in title.Phrases.Append(title.Key).Distinct(StringComparer.OrdinalIgnoreCase))
                Add(Titles, phrase, new LexEntry(title.Key, LexKind.Title, Split(phrase)));
        foreach (var sector in kb.Sectors)
            foreach (string head in sector.Heads)
            {
                var entry = new LexEntry(sector.Code, LexKind.Generic, Split(head));
                SectorHeadEntries.Add(entry);
                Add(SectorHeads, head, entry);
            }
        foreach (var body in kb.Actors.Where(a => a.Type == ActorType.Body && a.Sector is not null))
        {
            string? state = kb.StateOf(body.Id);
            if (state is not null) BodiesBySector.TryAdd((state, body.Sector!), body);
        }
        foreach (var group in kb.Actors.Where(a => a.Type == ActorType.Person)
                     .SelectMany(p => FamilyNames(p).Select(f => (f, p.Id))).GroupBy(x => x.f, StringComparer.Ordinal))
            FamilyCount[group.Key] = group.Select(g => g.Id).Distinct().Count();
        SectorHeadsStartLower = SectorHeadEntries.All(e => e.Kind is not (LexKind.Acronym or LexKind.Title)
            && e.Tokens.Length > 0 && e.Tokens[0].Length > 0 && char.IsLower(e.Tokens[0][0]));
        FirstWords = new RootIndex(Names, Titles);
        Names.Root.ComputeNextCanBeLower(0);
        Titles.Root.ComputeNextCanBeLower(0);
        SectorHeads.Root.ComputeNextCanBeLower(0);
    }

    /// <summary>The first step of <see cref="Names"/> and <see cref="Titles"/> in one lookup.</summary>
    public RootIndex FirstWords { get; }

    public ActorKnowledgeBase Kb { get; }
    public TokenTrie Names { get; } = new();
    public TokenTrie Titles { get; } = new();
    public TokenTrie SectorHeads { get; } = new();
    private List<LexEntry> SectorHeadEntries { get; } = [];

    /// <summary>
    /// Every sector head is a common noun written lower-case ("officials", "border guards"): a capitalised word
    /// can then start one only at the start of a sentence (see <c>DocumentLinker.CaseMatches</c>).
    /// </summary>
    public bool SectorHeadsStartLower { get; }
    /// <summary>(state, sector) → the body of that state with that sector, e.g. (RUS, MIL) → RUS.MIL.</summary>
    public Dictionary<(string State, string Sector), Actor> BodiesBySector { get; } = [];
    public Dictionary<string, int> FamilyCount { get; } = new(StringComparer.Ordinal);

    /// <summary>Snapshots of KB actors, shared by all documents (see <c>DocumentLinker.Snapshot</c>).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<SnapshotKey, ActorSnapshot> Snapshots { get; } = new(SnapshotKey.Comparer);

    private void AddActor(Actor a)
    {
        foreach (string n in new[] { a.Name, a.OfficialName }.OfType<string>().Concat(a.Aliases))
            Add(Names, n, new LexEntry(a.Id, LexKind.Name, Split(n)));
        foreach (string n in a.Acronyms) Add(Names, n, new LexEntry(a.Id, LexKind.Acronym, Split(n)));
        foreach (string n in a.Demonyms) Add(Names, n, new LexEntry(a.Id, LexKind.Demonym, Split(n)));
        foreach (string n in a.Adjectives) Add(Names, n, new LexEntry(a.Id, LexKind.Adjective, Split(n)));
        foreach (string n in a.Metonyms.Concat(a.Capital is null ? [] : [a.Capital]).Distinct())
            Add(Names, n, new LexEntry(a.Id, LexKind.Metonym, Split(n)));
        foreach (string n in a.Generic) Add(Names, n, new LexEntry(a.Id, LexKind.Generic, Split(n)));
        if (a.Type == ActorType.Person)
        {
            if (a.Given is not null && a.Family is not null)
                Add(Names, a.Given + " " + a.Family, new LexEntry(a.Id, LexKind.Name, Split(a.Given + " " + a.Family)));
            foreach (string f in FamilyNames(a)) Add(Names, f, new LexEntry(a.Id, LexKind.FamilyName, Split(f)));
        }
    }

    public static IEnumerable<string> FamilyNames(Actor person)
    {
        if (person.Family is not null) yield return person.Family;
        foreach (string n in person.Aliases.Prepend(person.Name))
        {
            var parts = Split(n);
            if (parts.Length >= 2 && parts[^1] != person.Family) yield return parts[^1];
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _lastWords = new(StringComparer.Ordinal);

    /// <summary>The last word of a known actor's name when it has two or more (its short form), memoised.</summary>
    public string? LastNameWord(string name) => _lastWords.GetOrAdd(name, LastWordOfName);

    public static string? LastWordOfName(string name)
    {
        var parts = Split(name);
        return parts.Length >= 2 ? parts[^1] : null;
    }

    private void Add(TokenTrie trie, string text, LexEntry entry)
    {
        // Resolved once here: the linker asks for an entry's actor and state at every match.
        entry.Actor = Kb.Get(entry.Key);
        entry.State = Kb.StateOf(entry.Key);
        if (entry.Kind == LexKind.Title) entry.Title = Kb.Title(entry.Key);
        trie.Add(entry.Tokens, entry);
    }

    public static string[] Split(string text)
    {
        text = text.Normalize(System.Text.NormalizationForm.FormC).Replace('\u2019', '\'');
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens.Select(t => text[t.Start..t.End]).ToArray();
    }
}

/// <summary>A KB actor with a sector and the role it holds at the mention's date (actor and role by reference).</summary>
internal readonly record struct SnapshotKey(Actor Actor, string? Sector, ActorRole? Role)
{
    public static readonly IEqualityComparer<SnapshotKey> Comparer = new ByReference();

    private sealed class ByReference : IEqualityComparer<SnapshotKey>
    {
        public bool Equals(SnapshotKey x, SnapshotKey y) =>
            ReferenceEquals(x.Actor, y.Actor) && ReferenceEquals(x.Role, y.Role) && string.Equals(x.Sector, y.Sector, StringComparison.Ordinal);

        public int GetHashCode(SnapshotKey k) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(k.Actor),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(k.Role), k.Sector is null ? 0 : StringComparer.Ordinal.GetHashCode(k.Sector));
    }
}
