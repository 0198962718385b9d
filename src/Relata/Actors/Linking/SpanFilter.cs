using System.Runtime.CompilerServices;

namespace Relata.Actors.Linking;

/// <summary>
/// A bit set over the length and the first two and last two characters (ASCII case folded) of the keys of a
/// case-insensitive table: it rejects most words that are not keys without hashing them, and never rejects a key.
/// Words with a non-ASCII character in those places always go to the table; keys with one are folded with
/// <see cref="char.ToUpperInvariant"/> like the table's comparer does.
/// </summary>
internal sealed class SpanFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return;
        int h = Slot(key.Length, Fold(key[0]), Fold(key[key.Length > 1 ? 1 : 0]), Fold(key[^(key.Length > 1 ? 2 : 1)]), Fold(key[^1]));
        _bits[h >> 6] |= 1UL << h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return true;
        char a = word[0], b = word[word.Length > 1 ? 1 : 0], c = word[^(word.Length > 1 ? 2 : 1)], d = word[^1];
        if ((a | b | c | d) >= 128) return true;
        int h = Slot(word.Length, AsciiFold(a), AsciiFold(b), AsciiFold(c), AsciiFold(d));
        return (_bits[h >> 6] & (1UL << h)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int length, uint a, uint b, uint c, uint d)
    {
        uint key = (uint)(length < 255 ? length : 255);
        key = key * 0x9E3779B1u ^ a;
        key = key * 0x9E3779B1u ^ b;
        key = key * 0x9E3779B1u ^ c;
        key = key * 0x9E3779B1u ^ d;
        key *= 0x85EBCA6Bu;
        return (int)(key >> (32 - 16));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiFold(char c) => char.IsAsciiLetterLower(c) ? (uint)(c - 0x20) : c;

    private static uint Fold(char c) => c < 128 ? AsciiFold(c) : char.ToUpperInvariant(c);
}
