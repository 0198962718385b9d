using Relata.Store;

namespace Relata.Events.Merging;

/// <summary>
/// Whether two event places can be one place. Only demonstrably different places keep mentions apart: different
/// countries, or two sub-national places more than <see cref="SamePlaceKm"/> apart. A country contains its cities,
/// and a name the gazetteer could not resolve cannot be told apart from anything.
/// </summary>
internal static class PlaceRules
{
    public const double SamePlaceKm = 100;

    public static bool Compatible(EventRecord x, EventRecord y)
    {
        if (x.Location is null || y.Location is null || Same(x, y)) return true;
        if (x.Country is { } cx && y.Country is { } cy && !string.Equals(cx, cy, StringComparison.OrdinalIgnoreCase)) return false;
        if (IsCountry(x) || IsCountry(y)) return true;
        if (x.Lat is { } xLat && x.Lon is { } xLon && y.Lat is { } yLat && y.Lon is { } yLon)
            return Kilometres(xLat, xLon, yLat, yLon) <= SamePlaceKm;
        return true;
    }

    public static bool Same(EventRecord x, EventRecord y) =>
        (x.PlaceId is not null && x.PlaceId == y.PlaceId) || string.Equals(x.Location, y.Location, StringComparison.OrdinalIgnoreCase);

    public static bool IsCountry(EventRecord e) => e.PlaceId?.StartsWith("country:", StringComparison.Ordinal) == true;

    /// <summary>How specific a place is: a resolved city or division beats a country, which beats an unresolved name.</summary>
    public static int Specificity(EventRecord e) => e.Location is null ? 0 : e.PlaceId is null ? 1 : IsCountry(e) ? 2 : 3;

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371, ToRad = Math.PI / 180;
        double dLat = (lat2 - lat1) * ToRad, dLon = (lon2 - lon1) * ToRad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * ToRad) * Math.Cos(lat2 * ToRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
