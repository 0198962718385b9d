using System.Text;

namespace Relata.Ingest.Cleaning;

/// <summary>
/// Removes lines of site debris (comment forms, share bars, photo credits, cookie notices, disclaimers,
/// glued category lists, "Related posts" lists) from normalised text. Works line by line and only drops
/// whole lines that match the <see cref="BoilerplateLexicon"/>; prose is never edited.
/// </summary>
public sealed class TextCleaner(BoilerplateLexicon lexicon)
{
    private const int ListItemMaxChars = 120;

    public static TextCleaner Default { get; } = new(BoilerplateLexicon.Default);

    public string Clean(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && IsListHeading(line))
            {
                i = SkipListAfter(lines, i);
                continue;
            }
            if (line.Length > 0 && IsDebris(line)) continue;
            sb.Append(line).Append('\n');
        }
        return Decoding.TextNormalizer.Normalize(sb.ToString());
    }

    public bool IsDebris(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty) return false;
        if (trimmed.Length <= 60 && lexicon.Lines.Contains(BoilerplateLexicon.Key(line))) return true;
        if (trimmed.Length > lexicon.MaxLineChars) return false;

        string lower = trimmed.ToString().ToLowerInvariant().TrimStart('*', ' ', '†');
        foreach (var prefix in lexicon.Prefixes)
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return true;
        foreach (var phrase in lexicon.Phrases)
            if (lower.Contains(phrase, StringComparison.Ordinal)) return true;
        foreach (var pattern in lexicon.Patterns)
            if (pattern.IsMatch(trimmed)) return true;
        return GluedCategoryLine.Matches(trimmed);
    }

    private bool IsListHeading(string line) =>
        line.Length <= 60 && lexicon.ListHeadings.Contains(BoilerplateLexicon.Key(line));

    /// <summary>Skips the link titles after a "Related posts" heading: short lines without sentence punctuation.</summary>
    private static int SkipListAfter(string[] lines, int heading)
    {
        int last = heading;
        for (int j = heading + 1; j < lines.Length; j++)
        {
            var t = lines[j].AsSpan().Trim();
            if (t.IsEmpty) continue;
            if (t.Length > ListItemMaxChars || t[^1] is '.' or '!' or '?' or '"' or '”' or ':') break;
            last = j;
        }
        return last;
    }
}
