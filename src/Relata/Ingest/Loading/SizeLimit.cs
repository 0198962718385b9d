using System.Globalization;

namespace Relata.Ingest.Loading;

/// <summary>Reads a stream up to the configured size limit.</summary>
internal static class SizeLimit
{
    public static string Reason(long maxBytes)
    {
        double mb = maxBytes / (1024.0 * 1024.0);
        return $"exceeds the size limit of {mb.ToString("0.###", CultureInfo.InvariantCulture)} MB";
    }

    /// <returns>The bytes, or null when the stream holds more than <paramref name="maxBytes"/>.</returns>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
