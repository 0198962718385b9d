using System.Text;
using Relata.Ingest;

namespace Relata.Web.Api;

/// <summary>What an upload may be: a text, markup, feed, JSON Lines or PDF file that a reader can take.</summary>
public static class UploadCheck
{
    private static readonly byte[][] BinaryMagic =
    [
        "MZ"u8.ToArray(), [0x7F, (byte)'E', (byte)'L', (byte)'F'], [(byte)'P', (byte)'K', 3, 4], [0x1F, 0x8B], [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF], "GIF8"u8.ToArray(), [0xCA, 0xFE, 0xBA, 0xBE], "7z"u8.ToArray(), "Rar!"u8.ToArray(),
    ];

    /// <summary>A file name safe to show and to use as a source label: no folders, no control characters.</summary>
    public static string SafeName(string? name)
    {
        string leaf = (name ?? "").Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(leaf.Length);
        foreach (char c in leaf) sb.Append(char.IsControl(c) || c is '"' or '<' or '>' or '|' or ':' or '*' or '?' ? '_' : c);
        string safe = sb.ToString().Trim().TrimStart('.');
        if (safe.Length > 120) safe = safe[^120..];
        return safe.Length == 0 ? "upload.txt" : safe;
    }

    /// <summary>Null when the bytes may be ingested under this name, else why not.</summary>
    public static string? Problem(string name, ReadOnlySpan<byte> bytes)
    {
        string extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension.Length > 0 && !DocumentReaders.Default.IsSupportedExtension(extension))
            return $"{name}: {extension} files are not accepted; upload text, Markdown, HTML, RSS/Atom, JSON Lines or PDF";
        bool pdf = bytes.StartsWith("%PDF-"u8);
        if (extension == ".pdf" && !pdf) return $"{name}: not a PDF file";
        if (pdf) return null;
        foreach (var magic in BinaryMagic)
            if (bytes.StartsWith(magic)) return $"{name}: a binary file, not a document Relata can read";
        bool utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
            return $"{name}: a binary file, not a document Relata can read";
        return null;
    }
}
