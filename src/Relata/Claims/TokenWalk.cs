using Relata.Documents;
using Relata.Text;

namespace Relata.Claims;

internal static class TokenWalk
{
    /// <summary><see cref="TokenSearch.FirstAtOrAfter"/>, walked forward from <paramref name="hint"/> (a token at or shortly
    /// before <paramref name="offset"/>, such as its sentence's first token) when the token before the hint starts before
    /// the offset and the answer lies within a few tokens; a binary search over the document otherwise.</summary>
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
        return TokenSearch.FirstAtOrAfter(tokens, offset);
    }
}
