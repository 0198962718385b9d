namespace Relata.Actors;

/// <summary>Finds actors by what an analyst types: an id, a CAMEO or ISO code, a name, an alias or an acronym.</summary>
public static class ActorLookup
{
    public static IReadOnlyList<Actor> Find(this ActorKnowledgeBase kb, string query)
    {
        string q = query.Trim();
        if (kb.Get(q) is { } exact) return [exact];
        var matches = kb.Actors.Where(a => Names(a).Any(n => string.Equals(n, q, StringComparison.OrdinalIgnoreCase))).ToList();
        // "Russia" names the state and the historical empire; the one that exists today comes first.
        return [.. matches.OrderBy(a => a.Valid.IsOpenEnded ? 0 : 1).ThenBy(a => a.Type).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Close names for a query that matched nothing ("Afganistan" → Afghanistan).</summary>
    public static IReadOnlyList<string> Suggest(this ActorKnowledgeBase kb, string query, int max = 5)
    {
        string q = query.Trim().ToLowerInvariant();
        int budget = Math.Max(1, q.Length / 4);
        return [.. kb.Actors.SelectMany(a => Names(a).Select(n => (Name: n, a.Name)))
            .Select(x => (x.Name, Canonical: x.Item2, Distance: EditDistance(q, x.Name.ToLowerInvariant(), budget)))
            .Where(x => x.Distance <= budget || x.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance).ThenBy(x => x.Canonical, StringComparer.Ordinal)
            .Select(x => x.Canonical).Distinct().Take(max)];
    }

    /// <summary>The one-line problem for a name that matched no actor, with close names when there are any.</summary>
    public static string NoSuchActor(this ActorKnowledgeBase kb, string query)
    {
        var suggestions = kb.Suggest(query);
        return $"{query}: no such actor" + (suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions)}?" : "");
    }

    private static IEnumerable<string> Names(Actor a)
    {
        yield return a.Id;
        yield return a.Name;
        if (a.OfficialName is { } o) yield return o;
        if (a.Cameo is { } c) yield return c;
        if (a.Iso2 is { } i2) yield return i2;
        if (a.Iso3 is { } i3) yield return i3;
        if (a.Given is not null && a.Family is not null) yield return a.Given + " " + a.Family;
        if (a.Family is not null) yield return a.Family;
        foreach (var n in a.Aliases) yield return n;
        foreach (var n in a.Acronyms) yield return n;
    }

    /// <summary>Levenshtein distance, giving up (returning budget + 1) once it cannot stay within the budget.</summary>
    private static int EditDistance(string a, string b, int budget)
    {
        if (Math.Abs(a.Length - b.Length) > budget) return budget + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > budget) return budget + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
