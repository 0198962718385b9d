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

        int joins = 0, words = 0, run = 0, lowercaseWords = 0;
        bool wordStartsLower = false;
        bool inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (!char.IsLetter(c))
            {
                if (inWord) { words++; if (wordStartsLower && run >= 2) lowercaseWords++; }
                inWord = false;
                run = 0;
                continue;
            }
            if (!inWord) { inWord = true; run = 0; wordStartsLower = char.IsLower(c); }
            if (char.IsUpper(c) && i > 0 && char.IsLower(line[i - 1]) && run >= 3 && FollowingLower(line, i + 1) >= 2)
            {
                joins++;
                run = 0;
            }
            run++;
        }
        if (inWord) { words++; if (wordStartsLower && run >= 2) lowercaseWords++; }
        // Joins must outnumber the plain words; two joins suffice only when no lowercase word ("and") suggests a phrase.
        return joins * 2 >= words && (joins >= 3 || (joins == 2 && lowercaseWords == 0));
    }

    private static int FollowingLower(ReadOnlySpan<char> line, int from)
    {
        int n = 0;
        while (from + n < line.Length && char.IsLower(line[from + n])) n++;
        return n;
    }
}
