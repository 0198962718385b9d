namespace Relata.Actors.Linking;

internal sealed partial class DocumentLinker
{
    private void Emit(Actor actor, string? sector, int first, int last, bool possessive, ActorMentionKind kind, string rule, double confidence)
    {
        Cover(first, last);
        var span = SpanOf(first, last, possessive);
        var written = _text.AsSpan(span.Start, span.Length);
        string text = actor.LastMentionText is { } previous && written.SequenceEqual(previous) ? previous : actor.LastMentionText = _mentionTexts.Get(_text, span);
        _mentions.Add(new ActorMention(span, text, actor.Id, Snapshot(actor, sector), kind, confidence, rule)
        {
            Sentence = _sentence.Index,
            Date = _date,
        });
        if (kind == ActorMentionKind.Actor && (FactsOf(actor).State ?? actor.Country) is { } state) _lastState = (state, _sentence.Index);
    }

    private void EmitPerson(Actor person, int first, int last, bool possessive, string rule, double confidence)
    {
        Emit(person, null, first, last, possessive, ActorMentionKind.Actor, rule, confidence);
        _mentioned.Add(person.Id);
        if (person.Family is { } family) AddShortForm(family, person.Id);
        var facts = FactsOf(person);
        if (facts.LastWord(person, _lex) is { } lastWord)
            AddShortForm(lastWord, person.Id);
        if (facts.State is null && person.Country is { } c) _lastState = (c, _sentence.Index);
    }

    private void AddShortForm(string word, string personId)
    {
        _shortForms[word] = personId;
        _shortFormLengths |= 1UL << Math.Min(word.Length, 63);
    }

    /// <summary>What the linker asks the knowledge base about an actor at every mention, worked out once per knowledge base.</summary>
    private sealed class ActorFacts(ActorKnowledgeBase kb, string? state, bool inKb)
    {
        public ActorKnowledgeBase Kb { get; } = kb;
        public string? State { get; } = state;
        private bool _lastWordKnown;
        private string? _lastWord;

        public string? LastWord(Actor a, ActorLexicon lex)
        {
            if (_lastWordKnown) return _lastWord;
            _lastWord = inKb ? lex.LastNameWord(a.Name) : ActorLexicon.LastWordOfName(a.Name);
            _lastWordKnown = true;
            return _lastWord;
        }
    }

    private ActorFacts FactsOf(Actor a)
    {
        if (a.LinkerFacts is ActorFacts f && ReferenceEquals(f.Kb, _kb)) return f;
        var made = new ActorFacts(_kb, _kb.StateOf(a.Id), _kb.Contains(a.Id));
        a.LinkerFacts = made;
        return made;
    }

    /// <summary>
    /// The actor behind "state + sector": a body written as <c>STATE.SECTOR</c> if the KB has one; for sectors of
    /// government, whoever governs at the date (Afghan forces in 2025 → the Taliban authorities); else the state.
    /// </summary>
    private (Actor Actor, string? Sector) SectorActor(string state, string sector)
    {
        if (BodyOf(state, sector) is { } body) return (body, null);
        var stateActor = _kb.Get(state)!;
        if (_kb.Sector(sector)?.OfGovernment == true && _kb.GovernmentOf(state, _date) is { } gov)
            return (gov, sector);
        return (stateActor, sector);
    }

    /// <summary>The KB actor with id <c>STATE.SECTOR</c>, remembered per thread so a mention builds no id string.</summary>
    private Actor? BodyOf(string state, string sector)
    {
        var bodies = t_bodies;
        if (bodies is null || !ReferenceEquals(bodies.Kb, _kb) || bodies.Map.Count > 4_096) t_bodies = bodies = new BodyTable(_kb);
        if (bodies.Map.TryGetValue((state, sector), out var known)) return known;
        var found = _kb.Get($"{state}.{sector}");
        bodies.Map[(state, sector)] = found;
        return found;
    }

    private sealed class BodyTable(ActorKnowledgeBase kb)
    {
        public ActorKnowledgeBase Kb { get; } = kb;
        public Dictionary<(string State, string Sector), Actor?> Map { get; } = new(PairComparer.Instance);
    }

    private sealed class PairComparer : IEqualityComparer<(string State, string Sector)>
    {
        public static readonly PairComparer Instance = new();
        public bool Equals((string State, string Sector) x, (string State, string Sector) y) =>
            string.Equals(x.State, y.State, StringComparison.Ordinal) && string.Equals(x.Sector, y.Sector, StringComparison.Ordinal);
        public int GetHashCode((string State, string Sector) p) =>
            HashCode.Combine(NonRandomized(p.State), NonRandomized(p.Sector));
        private static int NonRandomized(string s)
        {
            // Ids are short ASCII codes ("RUS", "MIL"): a plain loop beats the seeded string hash here.
            int h = s.Length;
            foreach (char c in s) h = h * 31 + c;
            return h;
        }
    }

    [ThreadStatic] private static BodyTable? t_bodies;

    // Snapshots by actor id (ordinal keys hash fast), then by (sector, date): an actor has only a few of those per
    // document. Reused per thread and cleared for each document.
    [ThreadStatic] private static Dictionary<string, List<(string? Sector, DateOnly? Date, ActorSnapshot Snapshot)>>? t_snapshots;
    private readonly Dictionary<string, List<(string? Sector, DateOnly? Date, ActorSnapshot Snapshot)>> _snapshots = ClearedSnapshots();

    private static Dictionary<string, List<(string? Sector, DateOnly? Date, ActorSnapshot Snapshot)>> ClearedSnapshots()
    {
        var d = t_snapshots ??= new(StringComparer.Ordinal);
        d.Clear();
        return d;
    }

    private ActorSnapshot Snapshot(Actor a, string? sector)
    {
        // A KB actor's snapshot depends on the date only through the role it holds then, so it is shared by
        // every document: keyed by (actor, sector, role held), it is made once per knowledge base.
        // The actor remembers the last one it got (most mentions repeat the previous variant), so the common
        // case costs no lookup at all.
        // A few recent variants, newest first: a state alternates sectors, a person's role changes with the date.
        var role = DependsOnRole(a, sector) ? RoleHeld(a, _date) : null;
        var recent = a.LinkerSnapshot as LastSnapshot[];
        if (recent is not null)
            foreach (var last in recent)
                if (ReferenceEquals(last.Lexicon, _lex) && last.Sector == sector && ReferenceEquals(last.Role, role))
                    return last.Snapshot;
        if (ReferenceEquals(_kb.Get(a.Id), a))
        {
            var key = new SnapshotKey(a, sector, role);
            if (!_lex.Snapshots.TryGetValue(key, out var shared)) shared = _lex.Snapshots.GetOrAdd(key, MakeSnapshot(a, sector));
            int keep = recent is null ? 0 : Math.Min(recent.Length, RecentSnapshots - 1);
            var updated = new LastSnapshot[keep + 1];
            updated[0] = new LastSnapshot(_lex, sector, role, shared);
            if (keep > 0) Array.Copy(recent!, 0, updated, 1, keep);
            a.LinkerSnapshot = updated;
            return shared;
        }
        if (!_snapshots.TryGetValue(a.Id, out var variants)) _snapshots[a.Id] = variants = new(2);
        // Newest first: sentences move forward in time, so the date just used is the likeliest.
        for (int k = variants.Count - 1; k >= 0; k--)
            if (variants[k].Sector == sector && variants[k].Date == _date) return variants[k].Snapshot;
        var made = MakeSnapshot(a, sector);
        variants.Add((sector, _date, made));
        return made;
    }

    /// <summary>The first role a KB actor (already known to be the KB's own object) holds at the date, as <see cref="ActorKnowledgeBase.FirstRoleAt"/> gives it.</summary>
    private static ActorRole? RoleHeld(Actor known, DateOnly? date)
    {
        var roles = known.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i].When.Contains(date)) return roles[i];
        return null;
    }

    private static bool DependsOnRole(Actor a, string? sector) =>
        sector is null && a.Type is ActorType.ArmedGroup or ActorType.Movement or ActorType.Person;

    private const int RecentSnapshots = 4;

    private sealed record LastSnapshot(ActorLexicon Lexicon, string? Sector, ActorRole? Role, ActorSnapshot Snapshot);

    private ActorSnapshot MakeSnapshot(Actor a, string? sector)
    {
        string? country = _kb.StateOf(a.Id) ?? a.Country;
        string? stateCode = country is null ? null : _kb.Get(country)?.Cameo ?? country;
        string? role = null;
        string? code = a.Cameo;
        if (sector is not null)
            code = (stateCode ?? a.Cameo ?? a.Id) + sector;
        else if (a.Type is ActorType.ArmedGroup or ActorType.Movement
                 && _kb.FirstRoleAt(a, _date) is { } status)
        {
            // The Taliban before 15 August 2021 are insurgents (their static code); after it, the de facto
            // government: the status held at the date picks the code.
            role = status.Label;
            string? ofState = status.Of is null ? null : _kb.StateOf(status.Of) ?? status.Of;
            if (status.Sector is "GOV" && ofState is not null)
                code = (_kb.Get(ofState)?.Cameo ?? ofState) + "GOV";
        }
        else if (a.Type == ActorType.Person)
        {
            var r = _kb.Contains(a.Id) ? _kb.FirstRoleAt(a, _date) : a.Roles.FirstOrDefault();
            if (r is not null)
            {
                role = r.Of is null ? r.Label : $"{r.Label} ({r.Of})";
                // A role held in a body or state is government unless it says otherwise; a free-standing
                // role ("analyst", "journalist") adds no sector it does not state.
                string? roleSector = r.Sector ?? (r.Of is null ? null : "GOV");
                code ??= _kb.Get(r.Of)?.Type is ActorType.State ? stateCode + roleSector : _kb.Get(r.Of)?.Cameo
                         ?? (stateCode is null ? null : stateCode + roleSector);
                country ??= r.Of is null ? null : _kb.StateOf(r.Of);
            }
        }
        return new ActorSnapshot(a.Id, a.Name, a.Type, code, country, sector ?? a.Sector, role);
    }
}
