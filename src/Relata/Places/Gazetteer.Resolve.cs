namespace Relata.Places;

public sealed partial class Gazetteer
{
    /// <summary>Cities at least this large beat a same-named division ("Kabul"); smaller ones yield to it ("Helmand").</summary>
    public const long CityOverDivisionPopulation = 50_000;

    /// <summary>The chosen place must be this many times as populous as the runner-up, or the name is ambiguous.</summary>
    public const double DominanceRatio = 2.0;

    /// <summary>
    /// Without a matching country context, smaller towns are not guessed: a bare "Burma" or "Kashmir"
    /// should not land on a village abroad that happens to carry the name.
    /// </summary>
    public const long MinCityPopulationWithoutContext = 10_000;

    /// <summary>A place matched only through an alternate name counts as this many times smaller than one matched by its own name.</summary>
    public const double AlternateNamePenalty = 3.0;

    /// <summary>
    /// Resolves a place mention to one place, or null when it is unknown or too ambiguous.
    /// A designator in the mention ("Kabul province", "the city of Kabul") acts as a hint when
    /// <paramref name="hint"/> is <see cref="PlaceHint.None"/>. <paramref name="countryContext"/>
    /// (ISO2, ISO3 or country name) narrows candidates to that country when any are there.
    /// </summary>
    public Place? Resolve(string mention, string? countryContext = null, PlaceHint hint = PlaceHint.None)
    {
        string matched = mention;
        var candidates = Find(mention);
        if (candidates.Count == 0)
        {
            var (bare, designated) = PlaceDesignator.Strip(mention);
            if (designated == PlaceHint.None) return null;
            matched = bare;
            candidates = Find(bare);
            if (hint == PlaceHint.None) hint = designated;
        }
        if (candidates.Count == 0) return null;

        string? contextIso2 = countryContext is null ? null : Countries.Find(countryContext)?.CountryIso2;
        var pool = NarrowByHint(candidates, hint);
        bool inContext = false;
        if (contextIso2 is not null)
        {
            var local = pool.Where(p => p.CountryIso2 == contextIso2).ToList();
            var country = pool.FirstOrDefault(p => p.Kind == PlaceKind.Country);
            // "Jordan" in a US story is still the country, unless the context country has a division of that name ("Georgia").
            if (country is not null && hint is PlaceHint.None or PlaceHint.Country && !local.Any(p => p.Kind == PlaceKind.Admin1))
                return country;
            if (local.Count > 0) (pool, inContext) = (local, true);
        }

        var countries = pool.Where(p => p.Kind == PlaceKind.Country).Distinct().ToList();
        if (countries.Count > 0) return countries.Count == 1 ? countries[0] : null;

        var key = PlaceNameKey.Fold(matched);
        var cities = pool.Where(p => p.Kind == PlaceKind.City && (inContext || p.Population >= MinCityPopulationWithoutContext)).ToList();
        var divisions = pool.Where(p => p.Kind == PlaceKind.Admin1).ToList();
        if (hint == PlaceHint.Admin1 && divisions.Count == 0)
        {
            // "Donetsk Oblast" when the division is filed as "Donetska oblast": the division of the city named.
            var city = MostPopulousIfDominant(cities, key);
            return city is null ? null : DivisionOf(city) ?? city;
        }
        bool preferCity = hint switch
        {
            PlaceHint.City => cities.Count > 0,
            PlaceHint.Admin1 => false,
            _ => divisions.Count == 0 || cities.Any(c => c.Population >= CityOverDivisionPopulation),
        };
        return MostPopulousIfDominant(preferCity ? cities : divisions, key);
    }

    /// <summary>The first-level division a city is filed under, when the gazetteer has it.</summary>
    public Place? DivisionOf(Place place) =>
        place.Kind == PlaceKind.City && place.Admin1Code is not null
            ? _byId.GetValueOrDefault($"admin1:{place.CountryIso2}-{place.Admin1Code}")
            : null;

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

    private static Place? MostPopulousIfDominant(List<Place> places, string key)
    {
        if (places.Count == 0) return null;
        // The two heaviest distinct places (ties to the smaller id, then to the earlier): only they decide.
        Place? top = null, second = null;
        double topWeight = 0, secondWeight = 0;
        foreach (var p in places)
        {
            if (p.Equals(top) || p.Equals(second)) continue;
            double weight = IsOwnName(p, key) ? p.Population : p.Population / AlternateNamePenalty;
            if (top is null || Heavier(weight, p, topWeight, top))
            {
                (second, secondWeight) = (top, topWeight);
                (top, topWeight) = (p, weight);
            }
            else if (second is null || Heavier(weight, p, secondWeight, second)) (second, secondWeight) = (p, weight);
        }
        if (second is null) return top;
        return topWeight > 0 && topWeight >= DominanceRatio * secondWeight ? top : null;
    }

    private static bool Heavier(double weight, Place place, double thanWeight, Place than) =>
        weight > thanWeight || (weight == thanWeight && string.CompareOrdinal(place.Id, than.Id) < 0);

    private static bool IsOwnName(Place p, string key) =>
        PlaceNameKey.Fold(p.Name) == key || PlaceNameKey.Fold(p.AsciiName) == key;
}
