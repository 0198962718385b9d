namespace Relata.Text;

/// <summary>Finds URLs ("https://…", "www.…") and e-mail domains without regular expressions.</summary>
internal static class UrlScanner
{
    public static bool TryScan(string text, int start, int end, out int urlEnd)
    {
        urlEnd = start;
        if (text[start] is not ('h' or 'H' or 'w' or 'W' or 'f' or 'F') || end - start < 5 || text[start + 3] is not ('p' or 'P' or '.' or ':')) return false;
        var rest = text.AsSpan(start, end - start);
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (prefix == 0 || start + prefix >= end || !TextChars.IsWordChar(text[start + prefix])) return false;
        int i = start + prefix, depth = 0;
        while (i < end)
        {
            char c = text[i];
            if (TextChars.IsSpace(c) || c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u00AB' or '\u00BB') break;
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) break;
            i++;
        }
        // Trailing sentence punctuation is not part of the address.
        while (i > start + prefix && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019') i--;
        urlEnd = i;
        return true;
    }

    /// <summary>"example.org" after the "@" of an e-mail address: labels of letters, digits and hyphens, at least one period.</summary>
    public static bool TryScanDomain(string text, int start, int end, out int domainEnd)
    {
        domainEnd = start;
        int i = start, lastDot = -1;
        while (i < end)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-') { i++; continue; }
            if (c == '.' && i + 1 < end && char.IsAsciiLetterOrDigit(text[i + 1]) && i > start && text[i - 1] != '.')
            {
                lastDot = i++;
                continue;
            }
            break;
        }
        if (lastDot < 0 || !char.IsAsciiLetter(text[lastDot + 1])) return false;
        domainEnd = i;
        return true;
    }
}
