using System.Globalization;
using System.Text.RegularExpressions;

namespace Relata.Ingest.Metadata;

/// <summary>Parses the full dates (with a year) that sources state: ISO, RFC 822, "April 9, 2025", "9 April 2025".</summary>
public static partial class LooseDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMMM, yyyy", "d MMM yyyy", "d MMM. yyyy", "dd MMMM yyyy", "dd MMM yyyy",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "ddd, MMM d, yyyy", "ddd, d MMM yyyy", "ddd, dd MMM yyyy",
        "dddd MMMM d, yyyy", "dddd d MMMM yyyy",
    ];

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        string s = value.Trim().TrimEnd('.', ',', ';');
        if (s.Length > 60) return false;
        s = Ordinal().Replace(s, "$1");
        s = Sept().Replace(s, "Sep");

        if (DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
            return true;
        if (char.IsDigit(s[0]) && s.Length >= 10 && s[4] == '-'
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            date = DateOnly.FromDateTime(iso.DateTime);
            return true;
        }
        return TryRfc822(s, out date);
    }

    private static bool TryRfc822(string s, out DateOnly date)
    {
        date = default;
        var m = Rfc822().Match(s);
        if (!m.Success) return false;
        string core = $"{m.Groups["d"].Value} {m.Groups["m"].Value} {m.Groups["y"].Value}";
        return DateOnly.TryParseExact(core, ["d MMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bSept\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sept();

    // "Wed, 09 Apr 2025 10:00:00 GMT": the date is taken as written, whatever the zone.
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\s+(?<y>\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Za-z]{1,5}|[+-]\d{4}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
