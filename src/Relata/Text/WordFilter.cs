using System.Runtime.CompilerServices;

namespace Relata.Text;

/// <summary>
/// A bit set over the length and the first two and last two characters (case folded) of the keys of a
/// case-insensitive word table: most words looked up are not in the table, and this rejects them without hashing
/// the word. Never a false "no": a word with a non-ASCII character in one of those places always goes to the table,
/// and keys are folded with <see cref="char.ToUpperInvariant"/> like the table's comparer, so an accented key
/// ("Édouard", "Zürich") neither turns the filter off nor is rejected.
/// </summary>
internal sealed class WordFilter
{
    private const int SlotBits = 16;
    private readonly ulong[] _bits = new ulong[(1 << SlotBits) / 64];

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return;
        int h = Slot(key.Length, Fold(key[0]), Fold(Second(key)), Fold(SecondLast(key)), Fold(key[^1]));
        _bits[h >> 6] |= 1UL << h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return true;
        char a = word[0], b = Second(word), c = SecondLast(word), d = word[^1];
        if ((a | b | c | d) >= 128) return true;
        int h = Slot(word.Length, AsciiFold(a), AsciiFold(b), AsciiFold(c), AsciiFold(d));
        return (_bits[h >> 6] & (1UL << h)) != 0;
    }

    private static char Second(ReadOnlySpan<char> s) => s[s.Length > 1 ? 1 : 0];

    private static char SecondLast(ReadOnlySpan<char> s) => s[^(s.Length > 1 ? 2 : 1)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int length, uint a, uint b, uint c, uint d)
    {
        uint key = (uint)(length < 255 ? length : 255);
        key = key * 0x9E3779B1u ^ a;
        key = key * 0x9E3779B1u ^ b;
        key = key * 0x9E3779B1u ^ c;
        key = key * 0x9E3779B1u ^ d;
        key *= 0x85EBCA6Bu;
        return (int)(key >> (32 - SlotBits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiFold(char c) => char.IsAsciiLetterLower(c) ? (uint)(c - 0x20) : c;

    private static uint Fold(char c) => c < 128 ? AsciiFold(c) : char.ToUpperInvariant(c);
}
