using System.Collections.Frozen;

namespace Relata.Events.Coding;

/// <summary>
/// A fixed list of words, matched case-insensitively. Each list owns one bit, so a <see cref="TableWord"/> can
/// remember whether it is in the list after the first look-up instead of hashing the token again.
/// </summary>
internal sealed class WordSet
{
    private static int s_created;

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        int index = Interlocked.Increment(ref s_created) - 1;
        Bit = index < 64 ? 1UL << index : 0;
    }

    /// <summary>This list's bit in <see cref="TableWord"/>'s memberships; 0 once 64 lists exist (no caching then).</summary>
    public ulong Bit { get; }

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _spans.Contains(word);
}
