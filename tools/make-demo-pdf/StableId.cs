using System.Security.Cryptography;
using System.Text;

namespace MakeDemoPdf;

/// <summary>
/// PdfPig writes a random trailer /ID. Replacing it with a content hash of the same length keeps the
/// committed PDF byte-identical across regenerations; the trailer follows the xref table, so no offsets move.
/// </summary>
public static class StableId
{
    public static byte[] Apply(byte[] pdf)
    {
        var marker = "/ID [ <"u8;
        var start = pdf.AsSpan().LastIndexOf(marker);
        if (start < 0) return pdf;
        var idStart = start + marker.Length;
        const int hexLength = 32;
        var hash = Convert.ToHexString(MD5.HashData(pdf.AsSpan(0, start)));
        var hashBytes = Encoding.ASCII.GetBytes(hash);
        hashBytes.CopyTo(pdf, idStart);
        var second = pdf.AsSpan(idStart + hexLength).IndexOf((byte)'<');
        if (second >= 0) hashBytes.CopyTo(pdf, idStart + hexLength + second + 1);
        return pdf;
    }
}
