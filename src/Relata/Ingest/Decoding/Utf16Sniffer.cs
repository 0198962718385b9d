namespace Relata.Ingest.Decoding;

/// <summary>Recognises BOM-less UTF-16 by where the NUL bytes of mostly-Latin text fall.</summary>
internal static class Utf16Sniffer
{
    public enum Result { None, LittleEndian, BigEndian }

    private const int SampleBytes = 4096;

    public static Result Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return Result.None;
        var sample = bytes.Length > SampleBytes ? bytes[..SampleBytes] : bytes;
        int pairs = sample.Length / 2, evenNul = 0, oddNul = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        // ASCII in UTF-16LE is "A\0": NULs at odd offsets only; BE is the mirror image.
        if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return Result.LittleEndian;
        if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return Result.BigEndian;
        return Result.None;
    }
}
