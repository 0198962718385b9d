using System.Text;

namespace Relata.Ingest;

/// <summary>Looks at the first bytes of an input, skipping a BOM, whitespace, an XML declaration and comments.</summary>
internal static class Sniffing
{
    private const int HeadBytes = 2048;

    /// <summary>Lower-cased ASCII view of the first bytes, from the first markup or content character.</summary>
    public static string Head(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var head = bytes.Length > HeadBytes ? bytes[..HeadBytes] : bytes;
        var sb = new StringBuilder(head.Length);
        foreach (byte b in head) sb.Append(b < 0x80 ? char.ToLowerInvariant((char)b) : '?');
        return sb.ToString().TrimStart();
    }

    /// <summary>The head with leading XML declaration, doctype, comments and processing instructions removed.</summary>
    public static string FirstElement(ReadOnlySpan<byte> bytes)
    {
        string s = Head(bytes);
        while (true)
        {
            s = s.TrimStart();
            if (s.StartsWith("<?", StringComparison.Ordinal)) s = After(s, "?>");
            else if (s.StartsWith("<!--", StringComparison.Ordinal)) s = After(s, "-->");
            else if (s.StartsWith("<!doctype", StringComparison.Ordinal) && !s.StartsWith("<!doctype html", StringComparison.Ordinal)) s = After(s, ">");
            else return s;
        }
    }

    private static string After(string s, string marker)
    {
        int at = s.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? "" : s[(at + marker.Length)..];
    }
}
