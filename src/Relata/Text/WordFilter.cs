using System.Runtime.CompilerServices;

namespace Relata.Text;

/// <summary>
/// A bit set over (length, first and last character) of the keys of a case-insensitive word table: most words
/// looked up are not in the table, and this rejects them without hashing the word. Keys with accented ends
/// ("Édouard") are folded in with <see cref="char.ToUpperInvariant"/>, so one such key does not turn the filter off.
/// Never a false "no": words with a non-ASCII first or last character always go to the table, and keys with a
/// surrogate at either end turn the filter off.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 14;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private bool _disabled;

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || char.IsSurrogate(key[0]) || char.IsSurrogate(key[^1])) { _disabled = true; return; }
        int h = Slot(key);
        _bits[h >> 6] |= 1UL << h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        // Words with a non-ASCII end go to the table: folding them could only disagree with the table's own casing.
        if (_disabled || word.IsEmpty || (word[0] | word[^1]) >= 128) return true;
        int h = Slot(word);
        return (_bits[h >> 6] & (1UL << h)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> s)
    {
        uint key = (uint)((s.Length < 63 ? s.Length : 63) << 16) ^ (Fold(s[0]) * 0x10001u) ^ (Fold(s[^1]) << 5);
        return (int)((key * 0x9E3779B1u) >> (32 - 14));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c)
    {
        if (c < 128) return (uint)(char.IsAsciiLetterLower(c) ? c - 0x20 : c);
        return char.ToUpperInvariant(c);
    }
}
