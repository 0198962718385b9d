namespace Relata.Places;

/// <summary>Countries by ISO 3166-1 alpha-2 or alpha-3 code, or by any of their names.</summary>
public sealed class CountryLookup
{
    private readonly Dictionary<string, Place> _byIso2 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Place> _byIso3 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Gazetteer _gazetteer;

    internal CountryLookup(IEnumerable<Place> countries, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var c in countries)
        {
            _byIso2.TryAdd(c.CountryIso2, c);
            if (c.CountryIso3 is not null) _byIso3.TryAdd(c.CountryIso3, c);
        }
        All = [.. _byIso2.Values.OrderBy(c => c.CountryIso2, StringComparer.Ordinal)];
    }

    public IReadOnlyList<Place> All { get; }

    public Place? ByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);

    public Place? ByIso3(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>By name or alternate name ("Russia", "Russian Federation", "Côte d'Ivoire"); null when unknown or shared.</summary>
    public Place? ByName(string name)
    {
        Place? found = null;
        foreach (var p in _gazetteer.Find(name))
        {
            if (p.Kind != PlaceKind.Country) continue;
            if (found is not null && !ReferenceEquals(found, p)) return null;
            found = p;
        }
        return found;
    }

    /// <summary>Accepts an alpha-2 code, an alpha-3 code or a name. Two- and three-letter input is read as a code first.</summary>
    public Place? Find(string codeOrName)
    {
        var s = codeOrName.Trim();
        if (s.Length == 2 && ByIso2(s) is { } byIso2) return byIso2;
        if (s.Length == 3 && ByIso3(s) is { } byIso3) return byIso3;
        return ByName(s);
    }
}
