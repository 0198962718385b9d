using System.Runtime.InteropServices;

namespace Relata.Actors.Linking;

/// <summary>
/// Mentions in text order by start. The linker and the candidate finder produce them in order already; when every
/// start is distinct the sorted order is unique, so checking (or merging) gives exactly what the unstable sort gives.
/// </summary>
internal static class MentionOrder
{
    public static readonly Comparison<ActorMention> ByStart = (x, y) => x.Span.Start.CompareTo(y.Span.Start);

    public static bool StrictlyIncreasing(List<ActorMention> mentions)
    {
        var span = CollectionsMarshal.AsSpan(mentions);
        for (int k = 1; k < span.Length; k++)
            if (span[k - 1].Span.Start >= span[k].Span.Start) return false;
        return true;
    }

    /// <summary>Appends <paramref name="more"/> to <paramref name="into"/> and leaves the whole list sorted by start, as <c>Sort(ByStart)</c> would.</summary>
    public static void AddSorted(List<ActorMention> into, List<ActorMention> more)
    {
        int n1 = into.Count;
        bool unique = StrictlyIncreasing(into) && StrictlyIncreasing(more) && NoSharedStart(into, more);
        into.AddRange(more);
        if (!unique)
        {
            // Equal starts: the unstable sort's own order decides, so leave it to the sort.
            into.Sort(ByStart);
            return;
        }
        var all = CollectionsMarshal.AsSpan(into);
        var added = CollectionsMarshal.AsSpan(more);
        // Merge from the back, in place: the first n1 items are the old list, the added ones are read from `more`.
        int i = n1 - 1, j = added.Length - 1, k = all.Length - 1;
        while (j >= 0)
        {
            if (i >= 0 && all[i].Span.Start > added[j].Span.Start) all[k--] = all[i--];
            else all[k--] = added[j--];
        }
    }

    private static bool NoSharedStart(List<ActorMention> a, List<ActorMention> b)
    {
        var x = CollectionsMarshal.AsSpan(a);
        var y = CollectionsMarshal.AsSpan(b);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            int p = x[i].Span.Start, q = y[j].Span.Start;
            if (p == q) return false;
            if (p < q) i++; else j++;
        }
        return true;
    }
}
