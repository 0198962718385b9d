namespace Relata.Ingest;

/// <summary>Splits a Content-Type value such as "text/html; charset=windows-1251".</summary>
public static class MediaType
{
    public static string? Essence(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        int semi = contentType.IndexOf(';');
        return (semi < 0 ? contentType : contentType[..semi]).Trim().ToLowerInvariant();
    }

    public static string? Charset(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        foreach (var part in contentType.Split(';').Skip(1))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length == 2 && kv[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
                return kv[1].Trim('"', '\'');
        }
        return null;
    }
}
