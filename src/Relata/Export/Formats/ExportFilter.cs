namespace Relata.Export.Formats;

/// <summary>What to export. Dates are TIMEX3 prefixes compared as strings: "2021" covers all of 2021.</summary>
/// <param name="Actor">An actor id: events with it as source or target, claims it made, figures about it.</param>
/// <param name="Topic">A policy area (diplomacy, security, trade…): facts whose sentence carries it.</param>
public sealed record ExportFilter(string? Actor = null, string? From = null, string? To = null, string? Topic = null, int Limit = 100_000)
{
    /// <summary>True when <paramref name="date"/> lies in [From, To]; an undated fact passes only when no period is asked for.</summary>
    public bool InPeriod(string? date)
    {
        if (From is null && To is null) return true;
        if (date is null) return false;
        if (From is not null && string.CompareOrdinal(date, From) < 0 && !From.StartsWith(date, StringComparison.Ordinal)) return false;
        if (To is not null && string.CompareOrdinal(date.Length > To.Length ? date[..To.Length] : date, To) > 0) return false;
        return true;
    }
}
