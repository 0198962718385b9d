namespace Relata.Time.Lexicon;

/// <summary>
/// An open-addressing map from ASCII words (compared ignoring ASCII case) to <see cref="WordClass"/> bits, for the one
/// lookup per token of <see cref="WordClassTable"/>.
/// For ASCII text it answers exactly as a <see cref="StringComparer.OrdinalIgnoreCase"/> dictionary of the same keys,
/// provided no key has a non-ASCII character whose upper case is ASCII (<see cref="CanServe"/> tells).
/// </summary>
internal sealed class AsciiWordMap
{
    // Half full and placed by the cheap Mix hash: entry index + 1 in the low 16 bits, 16 bits of the hash above them,
    // so a word that meets another word's slot is mostly turned away without reading that entry.
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly char[] _chars;         // lower-case key text, back to back
    private readonly (int Start, int Length, WordClass Value)[] _entries;

    public AsciiWordMap(IReadOnlyCollection<KeyValuePair<string, WordClass>> pairs)
    {
        var ascii = new List<(string Key, WordClass Value)>();
        CanServe = true;
        foreach (var (key, value) in pairs)
        {
            if (System.Text.Ascii.IsValid(key)) { ascii.Add((key, value)); continue; }
            foreach (char c in key)
                if (c >= 128 && (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)) CanServe = false;
        }
        // The compact slots hold 16-bit entry numbers: a larger table is served by the dictionary instead.
        if (ascii.Count >= 0xFFFF) { CanServe = false; ascii.Clear(); }
        int size = 16;
        while (size < ascii.Count * 2) size *= 2;
        _slots = new uint[size];
        _mask = size - 1;
        _chars = new char[ascii.Sum(a => a.Key.Length)];
        _entries = new (int, int, WordClass)[ascii.Count];
        int at = 0;
        for (int e = 0; e < ascii.Count; e++)
        {
            var (key, value) = ascii[e];
            for (int k = 0; k < key.Length; k++) _chars[at + k] = Fold(key[k]);
            _entries[e] = (at, key.Length, value);
            if (key.Length > 0)
            {
                uint cheap = Mix(_chars.AsSpan(at, key.Length));
                int slot = (int)(cheap ^ (cheap >> 15)) & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = (cheap & 0xFFFF0000u) | (uint)(e + 1);
            }
            at += key.Length;
        }
    }

    /// <summary>False when some non-ASCII key could equal an ASCII word ignoring case: then this map must not be used.</summary>
    public bool CanServe { get; }

    /// <summary>
    /// Looks up a non-empty word of ASCII characters only (the caller checked), hashing just its length and its first
    /// two and last two characters: most words are in no table and meet an empty slot at once.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public WordClass LookupAscii(ReadOnlySpan<char> word)
    {
        uint cheap = Mix(word);
        uint tag = cheap & 0xFFFF0000u;
        int slot = (int)(cheap ^ (cheap >> 15)) & _mask;
        while (true)
        {
            uint s = _slots[slot];
            if (s == 0) return WordClass.None;
            if ((s & 0xFFFF0000u) == tag)
            {
                var (start, length, v) = _entries[(int)(s & 0xFFFF) - 1];
                if (length == word.Length && EqualsFolded(_chars.AsSpan(start, length), word)) return v;
            }
            slot = (slot + 1) & _mask;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Mix(ReadOnlySpan<char> word)
    {
        uint key = (uint)word.Length;
        key = key * 0x9E3779B1u ^ Fold(word[0]);
        key = key * 0x9E3779B1u ^ Fold(word[word.Length > 1 ? 1 : 0]);
        key = key * 0x9E3779B1u ^ Fold(word[^(word.Length > 1 ? 2 : 1)]);
        key = key * 0x9E3779B1u ^ Fold(word[^1]);
        return key * 0x85EBCA6Bu;
    }

    private static bool EqualsFolded(ReadOnlySpan<char> folded, ReadOnlySpan<char> word)
    {
        for (int k = 0; k < folded.Length; k++)
            if (folded[k] != Fold(word[k])) return false;
        return true;
    }


    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
