using System.Security.Cryptography;
using System.Text;

namespace Relata.Ingest;

/// <summary>Stable identifiers and content hashes of ingested documents.</summary>
public static class DocumentIds
{
    private const int MaxSlugChars = 40;

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string HashBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// "&lt;slug of the file-name stem&gt;-&lt;first 8 hex of SHA-256(source)&gt;"; the source includes the
    /// item key for feed items, so each item gets its own id.
    /// </summary>
    public static string FromSource(string source)
    {
        string withoutFragment = source.Split('#')[0];
        string stem = Stem(withoutFragment);
        string slug = Slug(stem);
        if (slug.Length == 0) slug = "doc";
        return $"{slug}-{HashText(source)[..8]}";
    }

    public static string Slug(string value)
    {
        var sb = new StringBuilder(Math.Min(value.Length, MaxSlugChars));
        bool dash = false;
        foreach (char c in value.Normalize(NormalizationForm.FormKD))
        {
            if (sb.Length >= MaxSlugChars) break;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (char.IsLetterOrDigit(c) && c > 0x7F && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                dash = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }

    private static string Stem(string source)
    {
        if (source == "-") return "stdin";
        string path = source;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath.TrimEnd('/');
            if (path.Length == 0) return uri.Host;
        }
        string stem = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        return stem.Length > 0 ? stem : path;
    }
}
