using Relata.Documents;

namespace Relata.Actors.Linking;

internal sealed partial class DocumentLinker
{
    /// <summary>Title words that are also ordinary adjectives or nouns ("general staff", "chief concern").</summary>
    private static readonly SpanWordSet AmbiguousTitleWords = new(StringComparer.Ordinal) { "general", "chief", "major", "head", "premier", "leader", "marshal", "commander" };

    private static readonly SpanWordSet QualifierPrepositions = new(StringComparer.Ordinal) { "for", "of", "to", "on", "in" };

    /// <summary>
    /// A title phrase: "[state] Title [for/of/to X][,] Name" links or creates the person; "the [state] Title" with no
    /// name resolves to the holder of a single-holder post at the date.
    /// </summary>
    private int TitleRule(Hit t, string? country, int prefixFirst)
    {
        var info = t.Entries[0].Title;
        Cover(prefixFirst, t.Last);
        int k = t.Last + 1;
        int qualifierEnd = t.Last;
        if (k < _end && Words.Has(QualifierPrepositions, TokenSpan(k)))
        {
            string prep = TokenSpan(k).ToString();
            int q = IsWord(k + 1, "the") ? k + 2 : k + 1;
            if (Longest(_lex.Names, q) is { } qa && Best(qa.Entries).Kind != LexKind.Outlet)
            {
                int before = _mentions.Count;
                k = ActorRule(qa);
                qualifierEnd = k - 1;
                if (country is null && prep is "of" or "for" && _mentions.Count > before && _mentions[^1].Actor?.Country is { } c)
                    country = c;
            }
            else if (IsCapitalisedWord(q))
            {
                while (q < _end && (IsCapitalisedWord(q) || IsWord(q, "and") && IsCapitalisedWord(q + 1))) q++;
                Cover(k, q - 1);
                k = q;
                qualifierEnd = q - 1;
            }
        }
        int n = k < _end && TokenSpan(k) is "," ? k + 1 : k;
        if (n < _end && !_covered[n] && PersonAt(n, info, t.First, qualifierEnd, country) is int afterName) return afterName;

        bool article = prefixFirst - 1 >= _start && IsWord(prefixFirst - 1, "the");
        bool definite = country is not null || article;
        if (definite && info is { Single: true })
        {
            string? state = country ?? RecentState();
            var holder = state is null ? null
                : _kb.HolderOf(info.Key, state, _date) ?? (info.Body is null ? null : _kb.HolderOf($"{state}.{info.Body}", _date));
            if (holder is not null)
            {
                EmitPerson(holder, article && prefixFirst == t.First ? prefixFirst - 1 : prefixFirst, t.Last, t.Possessive, "title-holder", 0.7);
                return k;
            }
        }
        if (country is not null && prefixFirst < t.First && t.Length == 1 && k < _end
            && AmbiguousTitleWords.Contains(TokenSpan(t.First))
            && _tokens[k].Kind == TokenKind.Word && char.IsLower(_text[_tokens[k].Start]))
        {
            for (int x = t.First; x <= t.Last; x++) _covered[x] = false;
            var stateActor = _kb.Get(country)!;
            int last = t.First - 1;
            Emit(stateActor, null, prefixFirst, last, Words.PossessiveLength(TokenSpan(last)) > 0, ActorMentionKind.Actor, "name", 0.9);
            return t.First;
        }
        if (country is not null && prefixFirst < t.First)
        {
            var (actor, sector) = SectorActor(country, info?.Sector is { } s && _kb.Sector(s)?.OfGovernment == true ? s : "GOV");
            Emit(actor, sector, prefixFirst, t.Last, t.Possessive, ActorMentionKind.Actor, "sector", 0.75);
        }
        return k;
    }

    /// <summary>A person name right after a title: a known person, an earlier short form, or a new person.</summary>
    private int? PersonAt(int n, TitleInfo? info, int roleFirst, int roleLast, string? country)
    {
        if (Longest(_lex.Names, n) is { } p)
        {
            Actor? person = null;
            foreach (var e in p.Entries)
                if (e.Actor is { Type: ActorType.Person } a) { person = a; break; }
            if (person is not null)
            {
                bool roleFits = info is null || HoldsTitle(person.Id, info.Key);
                EmitPerson(person, p.First, p.Last, p.Possessive, "title+name", roleFits ? 0.95 : 0.8);
                return p.Last + 1;
            }
            return null;
        }
        if (!IsCapitalisedWord(n)) return null;
        if (ShortFormAt(n) is int s) return s;
        if (NameRun(n) is not int last) return null;
        string roleText = _text[_tokens[roleFirst].Start.._tokens[roleLast].End];
        var created = NewPerson(n, last, roleText, country, info?.Sector);
        EmitPerson(created, n, last, Words.PossessiveLength(TokenSpan(last)) > 0, "new-person", 0.75);
        return last + 1;
    }

    private static bool AnyStateWord(LexEntry[] entries)
    {
        foreach (var e in entries)
            if (e.Kind is LexKind.Adjective or LexKind.Demonym or LexKind.Metonym) return true;
        return false;
    }

    private bool HoldsTitle(string personId, string titleKey)
    {
        foreach (var r in _kb.RoleAt(personId, _date))
            if (_kb.RoleKeys(r).Contains(titleKey)) return true;
        return false;
    }

    /// <summary>An unknown capitalised word: a short form seen earlier, or "Name, [the] [state] Title" (apposition).</summary>
    private int UnknownNameRule(int i)
    {
        if (!IsCapitalisedWord(i)) return i + 1;
        if (ShortFormAt(i) is int s) return s;
        // The apposition needs a comma right after the name run, which ends within five tokens: without a comma
        // there, the run (and its trie look-ups) decides nothing.
        if (!CommaWithin(i + 1, i + 5)) return i + 1;
        if (NameRun(i) is not int last || last == i && IsSentenceInitial(i)) return i + 1;
        int k = last + 1;
        if (k >= _end || TokenSpan(k) is not ",") return i + 1;
        int q = k + 1;
        if (IsWord(q, "the") || IsWord(q, "a") || IsWord(q, "an")) q++;
        string? country = null;
        int titleAt = q;
        if (Longest(_lex.Names, q) is { } pre && pre.Entries.Length > 0 && (pre.Possessive || AnyStateWord(pre.Entries)))
        {
            country = Best(pre.Entries).State;
            titleAt = pre.Last + 1;
        }
        if (last == i || Longest(_lex.Titles, titleAt) is not { } t) return i + 1;
        var info = t.Entries[0].Title;
        int qEnd = t.Last;
        if (t.Last + 1 < _end && IsWord(t.Last + 1, "for") || IsWord(t.Last + 1, "of"))
        {
            int x = IsWord(t.Last + 2, "the") ? t.Last + 3 : t.Last + 2;
            if (Longest(_lex.Names, x) is { } qa)
            {
                country ??= Best(qa.Entries).State;
                qEnd = qa.Last;
            }
        }
        string roleText = _text[_tokens[t.First].Start.._tokens[qEnd].End];
        var created = NewPerson(i, last, roleText, country, info?.Sector);
        EmitPerson(created, i, last, false, "new-person", 0.75);
        Cover(q, t.Last);
        return t.Last + 1;
    }

    private bool CommaWithin(int from, int to)
    {
        for (int k = from; k <= to && k < _end; k++)
        {
            var t = _tokens[k];
            if (t.End - t.Start == 1 && _text[t.Start] == ',') return true;
        }
        return false;
    }

    private int? ShortFormAt(int i)
    {
        var span = TokenSpan(i);
        span = span[..^Words.PossessiveLength(span)];
        // Most capitalised words are of no short form's length: turned away without hashing them.
        if ((_shortFormLengths & 1UL << Math.Min(span.Length, 63)) == 0) return null;
        if (!_shortFormLookup.TryGetValue(span, out string? id)) return null;
        var actor = _kb.Get(id) ?? NewActor(id);
        if (actor is null) return null;
        EmitPerson(actor, i, i, Words.PossessiveLength(TokenSpan(i)) > 0, "short-form", 0.85);
        return i + 1;
    }

    /// <summary>Last token of a person-like name starting at <paramref name="i"/> (1–4 capitalised words, particles inside).</summary>
    private int? NameRun(int i)
    {
        int last = -1;
        for (int k = i; k < _end && k - i < 5; k++)
        {
            if (_covered[k] || _tokens[k].Kind != TokenKind.Word) break;
            var w = TokenSpan(k);
            bool particle = k > i && _classes.Is(k, TokenWordClasses.Class.Particle) && IsCapitalisedWord(k + 1);
            if (!particle)
            {
                if (!Words.IsCapitalised(w) || w.Length > 1 && Words.IsAllCaps(w) || _classes.Is(k, NotInPersonName)) break;
                // A word no name or title can start needs no trie walk to say so (most capitalised words in a run).
                if (k > i && !CannotStartMatch(k) && (Longest(_lex.Names, k) is not null || Longest(_lex.Titles, k) is not null)) break;
                if (k == i && !CannotStartMatch(k) && Longest(_lex.Titles, k) is not null) break;
                last = k;
            }
            if (Words.PossessiveLength(w) > 0) break;
        }
        return last >= i ? last : null;
    }

    private const TokenWordClasses.Class NotInPersonName = TokenWordClasses.Class.Function | TokenWordClasses.Class.MonthOrDay
        | TokenWordClasses.Class.OrgSuffix | TokenWordClasses.Class.Institution;

    private Actor NewPerson(int first, int last, string roleText, string? country, string? sector)
    {
        string name = SpanOf(first, last, true).Slice(_text);
        string id = "per." + Words.Slug(name);
        if (_kb.Get(id) is { Type: ActorType.Person } known) return known;
        var existing = NewActor(id);
        if (existing is not null) return existing;
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var actor = new Actor
        {
            Id = id,
            Name = name,
            Type = ActorType.Person,
            Country = country,
            Given = parts.Length > 1 ? string.Join(' ', parts[..^1]) : null,
            Family = parts[^1],
            Roles = [new ActorRole(roleText, [], null, country, sector, Interval.Always, new SourceLocation(_a.Document.Id, 0))],
            Source = new SourceLocation(_a.Document.Id, 0),
        };
        _a.NewActors.Add(actor);
        _newActors ??= [];
        _newActors.TryAdd(id, actor);
        return actor;
    }

    // An index of the people created so far: a long document creates many, and a scan per name would be quadratic.
    private Dictionary<string, Actor>? _newActors;

    private Actor? NewActor(string id)
    {
        if (_newActors is null)
        {
            if (_a.NewActors.Count == 0) return null;
            _newActors = new Dictionary<string, Actor>(StringComparer.Ordinal);
            foreach (var a in _a.NewActors) _newActors.TryAdd(a.Id, a);
        }
        return _newActors.GetValueOrDefault(id);
    }
}
