using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Actors.Linking;

/// <summary>
/// Default paragraph-role rule until a segmentation stage supplies roles: photo credits start with
/// "Image:"/"Photo:"; author bios sit near the end and open with a name followed by "(@handle)" or "is a … based in".
/// </summary>
internal static class ActorParagraphRoles
{
    private static readonly string[] CaptionStarts = ["Image:", "Photo:", "Photo by", "Photo credit", "Credit:", "Picture:", "Pictured:", "Image credit", "Illustration:", "Cover photo"];
    private static readonly string[] BioCues = ["based in", "is a fellow", "is a senior", "is a professor", "is an associate", "is an assistant", "is a researcher", "is a journalist", "is an analyst", "is a freelance", "is a lecturer", "is a doctoral", "is a PhD", "is the author", "is director", "is a research"];

    public static ActorParagraphRole Classify(DocumentAnalysis analysis, Paragraph p)
    {
        var text = p.Span.Slice(analysis.Text).AsSpan();
        foreach (string s in CaptionStarts)
            if (text.StartsWith(s, StringComparison.OrdinalIgnoreCase)) return ActorParagraphRole.Caption;
        bool nearEnd = p.Index >= analysis.Paragraphs.Count - 4 && analysis.Paragraphs.Count > 1;
        if (!nearEnd || text.Length > 900) return ActorParagraphRole.Body;
        if (text.StartsWith("The author", StringComparison.Ordinal) || text.StartsWith("About the author", StringComparison.OrdinalIgnoreCase))
            return ActorParagraphRole.AuthorBio;
        int head = Math.Min(text.Length, 80);
        if (text[..head].Contains("(@", StringComparison.Ordinal)) return ActorParagraphRole.AuthorBio;
        int firstSentence = text.IndexOf(". ", StringComparison.Ordinal);
        var first = firstSentence > 0 ? text[..firstSentence] : text;
        if (!Words.IsCapitalised(first)) return ActorParagraphRole.Body;
        foreach (string cue in BioCues)
            if (first.Contains(cue, StringComparison.Ordinal) && first.IndexOf(" is ", StringComparison.Ordinal) is > 0 and < 60)
                return ActorParagraphRole.AuthorBio;
        return ActorParagraphRole.Body;
    }
}
