namespace Relata.Places;

public sealed partial class Gazetteer
{
    /// <summary>Cities at least this large beat a same-named division ("Kabul"); smaller ones yield to it ("Helmand").</summary>
    public const long CityOverDivisionPopulation = 50_000;

    /// <summary>The chosen place must be this many times as populous as the runner-up, or the name is ambiguous.</summary>
    public const double DominanceRatio = 2.0;

    /// <summary>
    /// Resolves a place mention to one place, or null when it is unknown or too ambiguous.
    /// A designator in the mention ("Kabul province", "the city of Kabul") acts as a hint when
    /// <paramref name="hint"/> is <see cref="PlaceHint.None"/>. <paramref name="countryContext"/>
    /// (ISO2, ISO3 or country name) narrows candidates to that country when any are there.
    /// </summary>
    public Place? Resolve(string mention, string? countryContext = null, PlaceHint hint = PlaceHint.None)
    {
        var candidates = Find(mention);
        if (candidates.Count == 0)
        {
            var (bare, designated) = PlaceDesignator.Strip(mention);
            if (designated == PlaceHint.None) return null;
            candidates = Find(bare);
            if (hint == PlaceHint.None) hint = designated;
        }
        if (candidates.Count == 0) return null;

        string? contextIso2 = countryContext is null ? null : Countries.Find(countryContext)?.CountryIso2;
        var pool = NarrowByHint(candidates, hint);
        if (contextIso2 is not null)
        {
            var inContext = pool.Where(p => p.CountryIso2 == contextIso2).ToList();
            var country = pool.FirstOrDefault(p => p.Kind == PlaceKind.Country);
            // "Jordan" in a US story is still the country, unless the context country has a division of that name ("Georgia").
            if (country is not null && hint is PlaceHint.None or PlaceHint.Country
                && !inContext.Any(p => p.Kind == PlaceKind.Admin1))
                return country;
            if (inContext.Count > 0) pool = inContext;
        }

        var countries = pool.Where(p => p.Kind == PlaceKind.Country).Distinct().ToList();
        if (countries.Count > 0) return countries.Count == 1 ? countries[0] : null;

        var cities = pool.Where(p => p.Kind == PlaceKind.City).ToList();
        var divisions = pool.Where(p => p.Kind == PlaceKind.Admin1).ToList();
        bool preferCity = hint switch
        {
            PlaceHint.City => cities.Count > 0,
            PlaceHint.Admin1 => divisions.Count == 0,
            _ => divisions.Count == 0 || cities.Any(c => c.Population >= CityOverDivisionPopulation),
        };
        return MostPopulousIfDominant(preferCity ? cities : divisions);
    }

    private static IReadOnlyList<Place> NarrowByHint(IReadOnlyList<Place> candidates, PlaceHint hint)
    {
        if (hint == PlaceHint.None) return candidates;
        var kind = hint switch
        {
            PlaceHint.Country => PlaceKind.Country,
            PlaceHint.Admin1 => PlaceKind.Admin1,
            _ => PlaceKind.City,
        };
        var ofKind = candidates.Where(p => p.Kind == kind).ToList();
        return ofKind.Count > 0 ? ofKind : candidates;
    }

    private static Place? MostPopulousIfDominant(List<Place> places)
    {
        if (places.Count == 0) return null;
        var ranked = places.Distinct().OrderByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 1) return ranked[0];
        var (top, second) = (ranked[0], ranked[1]);
        return top.Population > 0 && top.Population >= DominanceRatio * second.Population ? top : null;
    }
}
