using System.Globalization;

namespace Relata.Import;

/// <summary>Field parsers shared by the dataset readers; each returns null and a reason for a value it cannot read.</summary>
internal static class ImportFields
{
    public static string? Null(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>An optional coordinate: empty is fine, text or out-of-range is not.</summary>
    public static bool TryCoordinate(string? s, double limit, string name, out double? value, out string? problem)
    {
        value = null;
        problem = null;
        if (Null(s) is not { } text) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || double.IsNaN(d))
        {
            problem = $"{name} '{text}' is not a number";
            return false;
        }
        if (Math.Abs(d) > limit)
        {
            problem = $"{name} {text} is out of range";
            return false;
        }
        value = d;
        return true;
    }

    /// <summary>The outlet a URL belongs to: its host without "www.".</summary>
    public static string? Domain(string? url) =>
        Uri.TryCreate(Null(url), UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : null;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
