namespace Relata.Places;

/// <summary>Recognises words that say what kind of place a mention is: "Kabul province", "province of Kabul", "Tashkent city".</summary>
public static class PlaceDesignator
{
    private static readonly string[] DivisionWords =
    [
        "province", "region", "oblast", "governorate", "state", "district", "prefecture", "department",
        "county", "krai", "territory", "wilayah", "vilayat", "viloyati", "velayat", "muhafazah", "oblys",
    ];

    private static readonly string[] CityWords = ["city", "town", "village"];

    /// <summary>The mention without its designator and the hint the designator gives; (mention, None) when there is none.</summary>
    public static (string Bare, PlaceHint Hint) Strip(string mention)
    {
        var m = mention.Trim();
        if (m.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) m = m[4..].TrimStart();
        foreach (var (words, hint) in new[] { (DivisionWords, PlaceHint.Admin1), (CityWords, PlaceHint.City) })
        {
            foreach (var w in words)
            {
                if (m.Length > w.Length + 1 && m.EndsWith(w, StringComparison.OrdinalIgnoreCase)
                    && m[^(w.Length + 1)] is ' ' or '-')
                    return (m[..^(w.Length + 1)].TrimEnd(), hint);
                var prefix = w + " of ";
                if (m.Length > prefix.Length && m.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    return (m[prefix.Length..].TrimStart(), hint);
            }
        }
        return (mention, PlaceHint.None);
    }
}
