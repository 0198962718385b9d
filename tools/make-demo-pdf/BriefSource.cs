namespace MakeDemoPdf;

public enum BlockKind { Title, Meta, Heading, Bullet, Paragraph }

public sealed record Block(BlockKind Kind, string Text);

/// <summary>Reads the tiny markup of brief.txt: "# " title, "@ " meta line, "## " heading, "- " bullet, blank-line separated paragraphs.</summary>
public static class BriefSource
{
    public static List<Block> Parse(IEnumerable<string> lines)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();

        void Flush()
        {
            if (paragraph.Count == 0) return;
            blocks.Add(new Block(BlockKind.Paragraph, string.Join(' ', paragraph)));
            paragraph.Clear();
        }

        foreach (var raw in lines)
        {
            var line = ToWinAnsi(raw.Trim());
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); blocks.Add(new Block(BlockKind.Heading, line[3..])); }
            else if (line.StartsWith("# ", StringComparison.Ordinal)) { Flush(); blocks.Add(new Block(BlockKind.Title, line[2..])); }
            else if (line.StartsWith("@ ", StringComparison.Ordinal)) { Flush(); blocks.Add(new Block(BlockKind.Meta, line[2..])); }
            else if (line.StartsWith("- ", StringComparison.Ordinal)) { Flush(); blocks.Add(new Block(BlockKind.Bullet, line[2..])); }
            else paragraph.Add(line);
        }
        Flush();
        return blocks;
    }

    // Standard 14 fonts only cover a Latin-1-like repertoire; fold typographic punctuation to ASCII.
    private static string ToWinAnsi(string s) => s
        .Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace("\u2013", "-").Replace("\u2014", " - ");
}
