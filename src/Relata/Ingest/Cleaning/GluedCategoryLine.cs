namespace Relata.Ingest.Cleaning;

/// <summary>
/// Recognises a run of category or tag names glued together by scraping, e.g.
/// "AsiaAnalysisEconomy &amp; DevelopmentPoliticsSecurity": several lower→Upper joins inside words
/// and no sentence punctuation. Names like "McDonald" or "iPhone" do not count (joins need 3+ letters each side).
/// </summary>
public static class GluedCategoryLine
{
    public static bool Matches(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 12 || line.IndexOfAny('.', '!', '?') >= 0 || line.Contains(", ", StringComparison.Ordinal) && line.Length > 200)
            return false;

        int joins = 0, words = 0, run = 0;
        bool inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (!char.IsLetter(c))
            {
                if (inWord) words++;
                inWord = false;
                run = 0;
                continue;
            }
            if (!inWord) { inWord = true; run = 0; }
            if (char.IsUpper(c) && i > 0 && char.IsLower(line[i - 1]) && run >= 3 && FollowingLower(line, i + 1) >= 2)
            {
                joins++;
                run = 0;
            }
            run++;
        }
        if (inWord) words++;
        // At least two joins, and joins outnumber the plain words separating them.
        return joins >= 2 && joins * 2 >= words;
    }

    private static int FollowingLower(ReadOnlySpan<char> line, int from)
    {
        int n = 0;
        while (from + n < line.Length && char.IsLower(line[from + n])) n++;
        return n;
    }
}
