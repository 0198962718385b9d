namespace Relata.Actors.Linking;

internal sealed partial class DocumentLinker
{
    private static int Priority(LexKind k) => k switch
    {
        LexKind.Outlet => 0,
        LexKind.Name or LexKind.Acronym => 1,
        LexKind.Metonym => 2,
        LexKind.Adjective or LexKind.Demonym => 3,
        LexKind.Generic => 4,
        _ => 5,
    };

    private LexEntry Best(LexEntry[] entries)
    {
        if (entries.Length == 1) return entries[0];
        // The first entry with the smallest (priority, not yet mentioned, not valid at the date, not a state) key.
        LexEntry best = entries[0];
        int bestRank = Rank(best);
        for (int i = 1; i < entries.Length; i++)
        {
            int rank = Rank(entries[i]);
            if (rank < bestRank) { best = entries[i]; bestRank = rank; }
        }
        return best;
    }

    private int Rank(LexEntry e)
    {
        var actor = e.Actor;
        return Priority(e.Kind) * 8
            + (_mentioned.Count > 0 && _mentioned.Contains(e.Key) ? 0 : 4)
            + (actor?.Valid.Contains(_date ?? DateOnly.MaxValue.AddDays(-1)) == true ? 0 : 2)
            + (actor?.Type is ActorType.State ? 0 : 1);
    }

    private int ActorRule(Hit h)
    {
        var e = Best(h.Entries);
        switch (e.Kind)
        {
            case LexKind.Outlet:
                Cover(h.First, h.Last);
                return h.Last + 1;
            case LexKind.Metonym:
                return MetonymRule(h, e);
            case LexKind.Adjective or LexKind.Demonym:
                return AdjectiveRule(h, e);
            case LexKind.Generic:
                return GenericRule(h, e);
            case LexKind.FamilyName:
                return FamilyNameRule(h);
            default:
                return NameRule(h, e);
        }
    }

    private int NameRule(Hit h, LexEntry e)
    {
        var actor = e.Actor!;
        if (h.Length == 1 && _classes.Is(h.First, TokenWordClasses.Class.Institution))
        {
            var word = TokenSpan(h.First);
            // Once "Berlin Congress" appeared, a later bare "the Congress" means that one, not the KB's.
            if (PartOfLongerProperName(h)) { _shadowed.Add(word.ToString()); return h.Last + 1; }
            if (_shadowed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return h.Last + 1;
        }
        if (actor.Type is ActorType.State or ActorType.HistoricalState)
        {
            if (StateFollowUp(actor.Id, h) is int consumed) return consumed;
            if (SectorHeadRule(actor.Id, h) is int sectorEnd) return sectorEnd;
        }
        string rule = e.Kind == LexKind.Acronym ? "acronym" : "name";
        if (actor.Type == ActorType.Person) EmitPerson(actor, h.First, h.Last, h.Possessive, rule, 0.95);
        else Emit(actor, null, h.First, h.Last, h.Possessive, ActorMentionKind.Actor, rule, e.Kind == LexKind.Acronym ? 0.9 : 0.95);
        return h.Last + 1;
    }

    /// <summary>"Moscow", "the Kremlin", "Kabul": the government at the date — or a place after a location preposition.</summary>
    private int MetonymRule(Hit h, LexEntry e)
    {
        var owner = e.Actor!;
        string state = e.State ?? owner.Id;
        if (PartOfLongerProperName(h)) return h.Last + 1;
        if (IsPlaceContext(h.First))
        {
            Emit(_kb.Get(state) ?? owner, null, h.First, h.Last, h.Possessive, ActorMentionKind.Place, "place", 0.8);
            return h.Last + 1;
        }
        if (owner.Type is not (ActorType.State or ActorType.HistoricalState))
        {
            Emit(owner, null, h.First, h.Last, h.Possessive, ActorMentionKind.Actor, "metonym", 0.8);
            return h.Last + 1;
        }
        if (StateFollowUp(state, h) is int consumed) return consumed;
        var (actor, sector) = SectorActor(state, "GOV");
        Emit(actor, sector, h.First, h.Last, h.Possessive, ActorMentionKind.Actor, "metonym", 0.8);
        return h.Last + 1;
    }

    /// <summary>"Russian officials" → RUSGOV; "Afghan forces" → the military of whoever governs; bare "Russian" → the state.</summary>
    private int AdjectiveRule(Hit h, LexEntry e)
    {
        var owner = e.Actor!;
        string state = e.State ?? owner.Id;
        if (PrecededByProperName(h)) return h.Last + 1;
        if (StateFollowUp(state, h) is int consumed) return consumed;
        if (SectorHeadRule(state, h) is int sectorEnd) return sectorEnd;
        bool adjective = false;
        foreach (var x in h.Entries) adjective |= x.Kind == LexKind.Adjective;
        Emit(_kb.Get(state) ?? owner, null, h.First, h.Last, h.Possessive, ActorMentionKind.Actor, adjective ? "adjective" : "demonym", 0.7);
        return h.Last + 1;
    }

    /// <summary>A state word followed by a sector head noun, with at most one lower-case modifier between ("Afghan security forces").</summary>
    private int? SectorHeadRule(string state, Hit h)
    {
        if (h.Possessive) return null;
        var head = Longest(_lex.SectorHeads, h.Last + 1);
        if (head is null && h.Last + 2 < _end && _tokens[h.Last + 1].Kind == Documents.TokenKind.Word
            && char.IsLower(_text[_tokens[h.Last + 1].Start]))
            head = Longest(_lex.SectorHeads, h.Last + 2);
        if (head is not { } hd) return null;
        var (actor, sector) = SectorActor(state, hd.Entries[0].Key);
        Emit(actor, sector, h.First, hd.Last, hd.Possessive, ActorMentionKind.Actor, "sector", 0.85);
        return hd.Last + 1;
    }

    /// <summary>A body's generic name ("the Foreign Ministry") with no state before it: only when context names the state.</summary>
    private int GenericRule(Hit h, LexEntry e)
    {
        string? recent = RecentState();
        Actor? body = null, lone = null;
        int bodies = 0;
        foreach (var x in h.Entries)
        {
            if (x.Kind != LexKind.Generic) continue;
            var b = x.Actor!;
            if (bodies++ == 0) lone = b;
            if (body is null && recent is not null && x.State == recent) body = b;
        }
        body ??= bodies == 1 && recent is null ? lone : null;
        if (body is null) { Cover(h.First, h.Last); return h.Last + 1; }
        Emit(body, null, h.First, h.Last, h.Possessive, ActorMentionKind.Actor, "body-in-context", 0.7);
        return h.Last + 1;
    }

    /// <summary>"the West", "a Rice": English puts no article before a bare personal name.</summary>
    private bool AfterDeterminer(int token)
    {
        if (token == 0) return false;
        var previous = _tokens[token - 1];
        return _text.AsSpan(previous.Start, previous.Length) is var w
            && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase));
    }

    private int FamilyNameRule(Hit h)
    {
        // The distinct people in entry order: the first one already mentioned wins; a lone one may be named anew.
        string? seen = null, only = null;
        int distinct = 0;
        var entries = h.Entries;
        for (int k = 0; k < entries.Length; k++)
        {
            if (entries[k].Kind != LexKind.FamilyName) continue;
            string id = entries[k].Key;
            bool repeat = false;
            for (int m = 0; m < k && !repeat; m++) repeat = entries[m].Kind == LexKind.FamilyName && entries[m].Key == id;
            if (repeat) continue;
            if (distinct++ == 0) only = id;
            if (seen is null && _mentioned.Contains(id)) seen = id;
        }
        if (seen is not null)
        {
            EmitPerson(_kb.Get(seen)!, h.First, h.Last, h.Possessive, "short-form", 0.85);
            return h.Last + 1;
        }
        if (distinct == 1 && _kb.RoleAt(only!, _date).Count > 0 && !PartOfLongerProperName(h) && !AfterDeterminer(h.First)
            && _lex.FamilyCount.GetValueOrDefault(_text[_tokens[h.First].Start.._tokens[h.Last].End].Replace("'s", "").Replace("\u2019s", "")) <= 1)
        {
            EmitPerson(_kb.Get(only!)!, h.First, h.Last, h.Possessive, "family-name", 0.6);
            return h.Last + 1;
        }
        return h.Last + 1;
    }

    /// <summary>After a state word: its body ("Russia's Foreign Ministry") or a title phrase ("Russian Foreign Minister …").</summary>
    private int? StateFollowUp(string state, Hit h)
    {
        int k = h.Last + 1;
        if (k >= _end) return null;
        var title = Longest(_lex.Titles, k);
        var generic = Longest(_lex.Names, k);
        if (generic is { } g && (title is null || g.Length >= title.Value.Length))
        {
            Actor? body = null;
            foreach (var x in g.Entries)
                if (x.Kind == LexKind.Generic && x.Actor! is var b && x.State == state) { body = b; break; }
            if (body is not null)
            {
                Emit(body, null, h.First, g.Last, g.Possessive, ActorMentionKind.Actor, "state+body", 0.9);
                if (g.Possessive && Longest(_lex.Titles, g.Last + 1) is { } bt) return TitleRule(bt, state, h.First);
                return g.Last + 1;
            }
            // "the Afghan Foreign Ministry" when the KB has no such body for this state: the state with the body's sector.
            if (AllGeneric(g.Entries) && FirstSector(g.Entries) is { } bodySector)
            {
                var (actor, sector) = SectorActor(state, bodySector);
                Emit(actor, sector, h.First, g.Last, g.Possessive, ActorMentionKind.Actor, "state+body-sector", 0.75);
                return g.Last + 1;
            }
        }
        if (title is { } t) return TitleRule(t, state, h.First);
        return null;
    }

    private static bool AllGeneric(LexEntry[] entries)
    {
        foreach (var x in entries) if (x.Kind != LexKind.Generic) return false;
        return true;
    }

    private string? FirstSector(LexEntry[] entries)
    {
        foreach (var x in entries) if (x.Actor?.Sector is { } sector) return sector;
        return null;
    }

    /// <summary>True when the match is only part of a longer capitalised name ("Berlin Congress", "Kabul University").</summary>
    private bool PartOfLongerProperName(Hit h)
    {
        int before = h.First - 1, after = h.Last + 1;
        bool left = before >= _start && IsCapitalisedWord(before) && !IsSentenceInitial(before)
            && !_classes.Is(before, TokenWordClasses.Class.Function)
            && Words.PossessiveLength(TokenSpan(before)) == 0 && !IsStateWord(before);
        bool right = !h.Possessive && after < _end && IsCapitalisedWord(after) && !_covered[after]
            && (CannotStartMatch(after) || Longest(_lex.Titles, after) is null
                && (Longest(_lex.Names, after) is null || _classes.Is(after, TokenWordClasses.Class.Institution)))
            && !_classes.Is(after, TokenWordClasses.Class.MonthOrDay);
        return left || right;
    }

    /// <summary>"Latin American", "South African": the adjective belongs to a longer name the KB does not know.</summary>
    private bool PrecededByProperName(Hit h)
    {
        int before = h.First - 1;
        return before >= _start && !_covered[before] && IsCapitalisedWord(before) && !IsSentenceInitial(before)
            && !_classes.Is(before, TokenWordClasses.Class.Function)
            && Words.PossessiveLength(TokenSpan(before)) == 0 && (CannotStartMatch(before) || Longest(_lex.Titles, before) is null);
    }

    /// <summary>A location preposition, a movement verb, or "streets of" right before the name.</summary>
    private bool IsPlaceContext(int first)
    {
        if (first <= _start) return false;
        var prev = TokenSpan(first - 1);
        if (Words.Has(Words.PlacePrepositions, prev) || Words.Has(Words.PlaceVerbs, prev)) return true;
        // "between Aktau and Baku", "in Moscow or Minsk": the preposition governs both names.
        if (prev is "and" or "or" && first - 3 >= _start && IsCapitalisedWord(first - 2))
        {
            var gov = TokenSpan(first - 3);
            if (Words.Has(Words.PlacePrepositions, gov) || Words.Has(Words.PlaceVerbs, gov)) return true;
        }
        return prev is "of" && first - 2 >= _start && Words.Has(Words.PlaceNouns, TokenSpan(first - 2));
    }

    private bool IsStateWord(int i)
    {
        if (Longest(_lex.Names, i) is not { } h || h.Last != i) return false;
        foreach (var e in h.Entries)
            if (e.Kind is LexKind.Adjective or LexKind.Demonym
                || e.Kind is LexKind.Name or LexKind.Acronym && e.Actor?.Type is ActorType.State or ActorType.HistoricalState) return true;
        return false;
    }

    private string? RecentState() =>
        _lastState is { } s && _sentence.Index - s.Sentence <= 2 ? s.Id : null;
}
