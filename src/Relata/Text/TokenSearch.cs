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

    /// <summary>
    /// <see cref="FirstAtOrAfter(List{Token}, int)"/>, walked forward from <paramref name="hint"/> (a token at or shortly
    /// before <paramref name="offset"/>, such as its sentence's first token) when the token before the hint starts before
    /// the offset and the answer lies within a few tokens; a binary search over the document otherwise.
    /// </summary>
    public static int FirstAtOrAfter(List<Token> tokens, int offset, int hint)
    {
        if ((uint)hint <= (uint)tokens.Count && (hint == 0 || tokens[hint - 1].Start < offset))
        {
            for (int i = hint, limit = Math.Min(tokens.Count, hint + 64); ; i++)
            {
                if (i == tokens.Count || tokens[i].Start >= offset) return i;
                if (i + 1 >= limit) break;
            }
        }
        return FirstAtOrAfter(tokens, offset);
    }
}
