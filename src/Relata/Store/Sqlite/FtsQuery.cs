using System.Text;

namespace Relata.Store.Sqlite;

/// <summary>
/// Turns what a user types into a safe FTS5 query: every word or "quoted phrase" becomes a quoted
/// phrase (so "Trans-Afghan" is the phrase trans afghan, not a syntax error), terms are ANDed,
/// a trailing * keeps prefix search, and a bare OR between terms is kept.
/// </summary>
internal static class FtsQuery
{
    public static string Build(string input)
    {
        var terms = new List<string>();
        int i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            string term;
            if (input[i] == '"')
            {
                int close = input.IndexOf('"', i + 1);
                if (close < 0) close = input.Length;
                term = input[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                int end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end])) end++;
                term = input[i..end];
                i = end;
            }
            if (term == "OR" && terms.Count > 0) { terms.Add("OR"); continue; }
            bool prefix = term.EndsWith('*');
            term = term.TrimEnd('*');
            if (!term.Any(char.IsLetterOrDigit)) continue;
            terms.Add(Quote(term) + (prefix ? "*" : ""));
        }
        if (terms.Count > 0 && terms[^1] == "OR") terms.RemoveAt(terms.Count - 1);
        return string.Join(' ', terms);
    }

    private static string Quote(string term)
    {
        var sb = new StringBuilder(term.Length + 2).Append('"');
        foreach (char c in term) sb.Append(c == '"' ? "\"\"" : c.ToString());
        return sb.Append('"').ToString();
    }
}
