using System.Runtime.CompilerServices;

namespace Relata.Text;

/// <summary>
/// A bit set over (length, first and last character, ASCII case folded) of the keys of a case-insensitive word
/// table: most words looked up are not in the table, and this rejects them without hashing the word. Never a false
/// "no": keys or words with a non-ASCII first or last character, or an empty key, always go to the table.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 14;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private bool _disabled;

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key[0] >= 128 || key[^1] >= 128) { _disabled = true; return; }
        int h = Slot(key);
        _bits[h >> 6] |= 1UL << h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_disabled || word.IsEmpty || word[0] >= 128 || word[^1] >= 128) return true;
        int h = Slot(word);
        return (_bits[h >> 6] & (1UL << h)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> s)
    {
        uint key = (uint)(((s.Length < 63 ? s.Length : 63) << 14) | (Fold(s[0]) << 7) | Fold(s[^1]));
        return (int)((key * 0x9E3779B1u) >> (32 - 14));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c) => char.IsAsciiLetter(c) ? c | 0x20 : c;
}
