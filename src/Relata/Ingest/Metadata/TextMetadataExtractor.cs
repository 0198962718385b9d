using System.Text;
using System.Text.RegularExpressions;
using Relata.Documents;
using Relata.Ingest.Cleaning;

namespace Relata.Ingest.Metadata;

/// <summary>
/// Reads the metadata a text states about itself in its header or footer lines: title (short first line),
/// byline ("By Jane Doe – Agency"), "Publication: Outlet Volume: …" and a dateline date. Byline and
/// publication lines are metadata, so they are removed from the body; the title line and dates stay.
/// </summary>
public sealed partial class TextMetadataExtractor(BoilerplateLexicon lexicon)
{
    private const int HeaderLines = 12;
    private const int FooterLines = 6;
    private const int MaxTitleChars = 200;
    private const int BioParagraphs = 3;
    private const int MaxBioChars = 1200;

    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "And", "Of", "In", "For", "To", "On", "At", "With", "From", "This", "That", "A", "An", "Our", "Staff",
    };

    public static TextMetadataExtractor Default { get; } = new(BoilerplateLexicon.Default);

    public sealed record Result(string Text, DocumentMetadata Metadata);

    public Result Extract(string text)
    {
        var lines = text.Split('\n');
        var nonBlank = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 0).ToList();
        var header = nonBlank.Take(HeaderLines).ToList();
        var footer = nonBlank.Skip(Math.Max(HeaderLines, nonBlank.Count - FooterLines)).ToList();
        var remove = new HashSet<int>();
        string? author = null, outlet = null;
        DateOnly? date = null;

        foreach (int i in header.Concat(footer))
        {
            if (TryByline(lines[i], out var a, out var o, out var d))
            {
                author ??= a;
                outlet ??= o;
                date ??= d;
                remove.Add(i);
            }
            else if (PublicationLine().Match(lines[i]) is { Success: true } pub)
            {
                outlet ??= pub.Groups["outlet"].Value.Trim();
                remove.Add(i);
            }
        }

        foreach (int i in header)
        {
            if (remove.Contains(i) || date is not null) continue;
            date = StatedDate(lines[i]);
        }

        author ??= BiographyAuthor(lines, nonBlank);

        string? title = null;
        var body = nonBlank.Where(i => !remove.Contains(i)).ToList();
        if (body.Count >= 2 && IsTitleLike(lines[body[0]]))
            title = lines[body[0]].Trim();

        var metadata = new DocumentMetadata { Title = title, Author = author, Outlet = NullIfEmpty(outlet), PublishedDate = date };
        if (remove.Count == 0) return new Result(text, metadata);

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < lines.Length; i++)
            if (!remove.Contains(i)) sb.Append(lines[i]).Append('\n');
        return new Result(Decoding.TextNormalizer.Normalize(sb.ToString()), metadata);
    }

    internal bool TryByline(string line, out string? author, out string? outlet, out DateOnly? date)
    {
        author = outlet = null;
        date = null;
        if (line.Length > 150) return false;
        var m = BylineWithBy().Match(line);
        if (!m.Success)
        {
            m = BylineWithOutlet().Match(line);
            if (!m.Success || !HasOutletWord(m.Groups["rest"].Value)) return false;
        }
        // "Jane Doe, Staff Writer": the name list ends where a role or function word begins.
        var segments = m.Groups["author"].Value.Split(',', StringSplitOptions.TrimEntries);
        int kept = 0;
        while (kept < segments.Length && !segments[kept].Split(' ').Any(w => NotNameWords.Contains(w) || lexicon.BioRoles.Contains(w.ToLowerInvariant())))
            kept++;
        if (kept == 0) return false;
        author = string.Join(", ", segments[..kept]);
        string rest = string.Join(" | ", segments[kept..].Append(m.Groups["rest"].Value.Trim()).Where(p => p.Length > 0));
        if (rest.Length == 0) return true;
        foreach (var part in rest.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (LooseDate.TryParse(part, out var d)) date ??= d;
            else if (IsOutletLike(part)) outlet ??= part.TrimEnd('.');
        }
        return true;
    }

    /// <summary>"Jane Doe (@handle) is a freelance expert based in …" among the last paragraphs names the author.</summary>
    private string? BiographyAuthor(string[] lines, List<int> nonBlank)
    {
        foreach (int i in nonBlank.Skip(Math.Max(1, nonBlank.Count - BioParagraphs)).Reverse())
        {
            if (lines[i].Length > MaxBioChars) continue;
            var m = Biography().Match(lines[i]);
            if (!m.Success) continue;
            string name = m.Groups["author"].Value;
            if (name.Split(' ').Any(NotNameWords.Contains)) continue;
            var roleWords = m.Groups["role"].Value.ToLowerInvariant().Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
            if (roleWords.Any(lexicon.BioRoles.Contains)) return name;
        }
        return null;
    }

    /// <summary>Rejects "5 min read", "Staff Writer" and the like after a byline's separator.</summary>
    private bool IsOutletLike(string part)
    {
        if (part.Length > 80 || part.Any(char.IsDigit)) return false;
        var words = part.ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && !words.Any(w => w == "staff" || lexicon.BioRoles.Contains(w));
    }

    private bool HasOutletWord(string rest)
    {
        string lower = rest.ToLowerInvariant();
        foreach (var word in lexicon.OutletWords)
        {
            int at = lower.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            bool startOk = at == 0 || !char.IsLetter(lower[at - 1]);
            bool endOk = at + word.Length == lower.Length || !char.IsLetter(lower[at + word.Length]);
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static DateOnly? StatedDate(string line)
    {
        string s = line.Trim();
        if (s.Length > 80) s = s[..80];
        var label = DateLabel().Match(s);
        if (label.Success) s = s[label.Length..].Trim();
        if (s.Length <= 45 && LooseDate.TryParse(s, out var own)) return own;
        var dl = Dateline().Match(s);
        if (dl.Success && LooseDate.TryParse(dl.Groups["date"].Value, out var inline)) return inline;
        return null;
    }

    private static bool IsTitleLike(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length is < 3 or > MaxTitleChars) return false;
        if (t[^1] is '.' or ',' or ';' or ':' or '*') return false;
        int words = t.Count(' ') + 1;
        return words <= 30 && !LooseDate.TryParse(t.ToString(), out _);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private const string NameWord = @"(?:\p{Lu}[\p{L}'’.\-]*|(?:de|da|van|von|der|den|al|el|bin|ibn|la|le|du|del|di|dos)(?:[\-'’]\p{Lu}[\p{L}'’.\-]*)?)";
    private const string Name = @"\p{Lu}[\p{L}'’.\-]*(?:\s+" + NameWord + "){1,4}";

    [GeneratedRegex(@"^\s*(?i:by|written by|words by|author\s*:)\s*:?\s+(?<author>" + Name + @"(?:\s*(?:,|\band\b|&)\s*" + Name + @")*)\s*(?:(?:[–—|,]|\s-\s)\s*(?<rest>.*\S))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWithBy();

    [GeneratedRegex(@"^\s*(?<author>" + Name + @")\s+(?:[–—|]|-)\s+(?<rest>[^.!?]{2,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWithOutlet();

    [GeneratedRegex(@"^(?<author>" + Name + @")(?:\s*\([^)]{1,40}\))?,?\s+(?:is|was|serves as|works as)\s+(?:a|an|the)\s+(?<role>[^.;]{3,120})", RegexOptions.CultureInvariant)]
    private static partial Regex Biography();

    [GeneratedRegex(@"^\s*Publication\s*:\s*(?<outlet>.+?)(?:\s+(?:Volume|Vol\.?|Issue|Number|No\.?)\s*:.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationLine();

    [GeneratedRegex(@"^(?:published|updated|posted|last updated|date)\s*(?:on)?\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    // "MOSCOW, April 9, 2025 (Reuters) -" or "KABUL, 9 April 2025 –"
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’\-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
