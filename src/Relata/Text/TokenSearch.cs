using Relata.Documents;

namespace Relata.Text;

public static class TokenSearch
{
    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (tokens.Count when none does).</summary>
    public static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
