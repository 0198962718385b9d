namespace Relata.Actors.Loading;

/// <summary>Checks references, sector codes and contradictory intervals across the merged knowledge base.</summary>
internal static class KnowledgeBaseValidator
{
    public static void Validate(Dictionary<string, Actor> actors, Dictionary<string, SectorInfo> sectors,
        Dictionary<string, TitleInfo> titles, List<KnowledgeBaseError> errors)
    {
        void Ref(string? id, string field, Actor owner, SourceLocation at)
        {
            if (id is not null && !actors.ContainsKey(id))
                errors.Add(new(at.File, at.Line, $"{owner.Id}: unknown id '{id}' in '{field}'"));
        }
        void Sector(string? code, Actor owner, SourceLocation at)
        {
            if (code is not null && sectors.Count > 0 && !sectors.ContainsKey(code))
                errors.Add(new(at.File, at.Line, $"{owner.Id}: unknown sector code '{code}' (see data/actors/sectors.yaml)"));
        }

        foreach (var a in actors.Values)
        {
            if (a.Type == ActorType.Government) continue;
            Ref(a.Country, "country", a, a.Source);
            Ref(a.Parent, "parent", a, a.Source);
            Sector(a.Sector, a, a.Source);
            foreach (var g in a.Governments) Ref(g.ActorId, "governments", a, g.Source);
            foreach (var r in a.Roles) { Ref(r.Of, "of", a, r.Source); Sector(r.Sector, a, r.Source); }
            foreach (var m in a.Members) Ref(m.ActorId, "members", a, m.Source);
            foreach (var d in a.Designations) Ref(d.By, "by", a, d.Source);
            Overlapping(a.Governments, g => g.When, g => g.Source, (x, y) =>
                $"{a.Id}: governments {x.ActorId} {x.When} and {y.ActorId} {y.When} overlap", errors);
            foreach (var group in a.Members.GroupBy(m => m.ActorId))
                Overlapping(group.ToList(), m => m.When, m => m.Source, (x, y) =>
                    $"{a.Id}: member {x.ActorId} is listed twice for overlapping intervals {x.When} and {y.When}", errors);
        }
        SingleHolderPosts(actors, titles, errors);
    }

    /// <summary>Two different people may not hold the same single-holder post (president, foreign minister…) at once.</summary>
    private static void SingleHolderPosts(Dictionary<string, Actor> actors, Dictionary<string, TitleInfo> titles, List<KnowledgeBaseError> errors)
    {
        var byPhrase = new Dictionary<string, TitleInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in titles.Values)
            foreach (var p in t.Phrases.Append(t.Key)) byPhrase.TryAdd(p, t);

        var posts = new Dictionary<(string Of, string Key), List<(Actor Person, ActorRole Role)>>();
        foreach (var person in actors.Values.Where(a => a.Type == ActorType.Person))
            foreach (var role in person.Roles)
            {
                if (role.Title is null || role.Of is null) continue;
                if (!byPhrase.TryGetValue(role.Title.Trim(), out var title) || !title.Single) continue;
                var key = (role.Of, title.Key);
                if (!posts.TryGetValue(key, out var list)) posts[key] = list = [];
                list.Add((person, role));
            }
        foreach (var ((of, key), holders) in posts)
            for (int i = 0; i < holders.Count; i++)
                for (int j = i + 1; j < holders.Count; j++)
                {
                    var (p1, r1) = holders[i];
                    var (p2, r2) = holders[j];
                    if (p1.Id == p2.Id || !r1.When.DefinitelyOverlaps(r2.When)) continue;
                    errors.Add(new(r2.Source.File, r2.Source.Line,
                        $"{p2.Id}: '{key}' of {of} {r2.When} overlaps {p1.Id}'s term {r1.When} ({r1.Source}); the post has one holder at a time"));
                }
    }

    private static void Overlapping<T>(IReadOnlyList<T> items, Func<T, Interval> when, Func<T, SourceLocation> at,
        Func<T, T, string> describe, List<KnowledgeBaseError> errors)
    {
        for (int i = 0; i < items.Count; i++)
            for (int j = i + 1; j < items.Count; j++)
                if (when(items[i]).DefinitelyOverlaps(when(items[j])))
                {
                    var loc = at(items[j]);
                    errors.Add(new(loc.File, loc.Line, describe(items[i], items[j])));
                }
    }
}
