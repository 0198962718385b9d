namespace Relata.Places;

public enum PlaceKind
{
    Country,
    /// <summary>First-level administrative division: province, state, oblast, governorate, region.</summary>
    Admin1,
    City,
}

/// <summary>
/// A gazetteer entry. <see cref="Population"/> is the GeoNames figure for cities; for countries and
/// divisions it is the summed population of their listed cities (≥ 1,000 people), good for ranking only.
/// <see cref="Admin1Code"/> is the ISO 3166-2 subdivision code without the country prefix ("KAB" for Kabul
/// province, AF-KAB) and <see cref="Admin1"/> the division's name; both are null for countries and for the
/// few cities whose division could not be linked. Ids: "country:AF", "admin1:AF-KAB", "gn:&lt;GeoNames id&gt;".
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    string AsciiName,
    PlaceKind Kind,
    string CountryIso2,
    string? CountryIso3,
    string? Admin1Code,
    string? Admin1,
    double Lat,
    double Lon,
    long Population)
{
    /// <summary>Alternate names joined by '|', split only on demand: most places are never asked.</summary>
    internal string PackedAlternateNames { get; init; } = "";

    /// <summary>Other Latin-script names and spellings (GeoNames alternate names, English country names).</summary>
    public IReadOnlyList<string> AlternateNames => PackedAlternateNames.Length == 0 ? [] : PackedAlternateNames.Split('|');

    public override string ToString() => Kind == PlaceKind.Country
        ? $"{Name} ({CountryIso2})"
        : $"{Name}, {(Admin1 is null ? "" : Admin1 + ", ")}{CountryIso2} [{Kind}]";
}

/// <summary>What the surrounding text says the place is ("Kabul province", "the city of Kabul").</summary>
public enum PlaceHint
{
    None,
    Country,
    Admin1,
    City,
}
