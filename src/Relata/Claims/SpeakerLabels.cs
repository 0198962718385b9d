using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>A transcript label ("Nazari: …") that opens a paragraph.</summary>
internal sealed record SpeakerLabel(TextSpan Span, TextSpan Colon);

/// <summary>
/// Interview transcripts: a paragraph that opens with a short capitalised name and a colon is that
/// person's answer. Only labels used for at least two paragraphs count (so a dateline "KABUL:" does not),
/// and interviewer labels ("Q:", "Question:") are ignored.
/// </summary>
internal static class SpeakerLabels
{
    private const int MaxLabelTokens = 3;
    private static readonly string[] InterviewerLabels = ["q", "question", "interviewer"];

    public static Dictionary<int, SpeakerLabel> Find(DocumentAnalysis analysis)
    {
        var candidates = new List<(int Paragraph, SpeakerLabel Label, string Text)>();
        int lastParagraph = -1;
        foreach (var s in analysis.Sentences)
        {
            if (s.Paragraph == lastParagraph) continue;
            lastParagraph = s.Paragraph;
            if (Label(analysis, s) is { } label)
                candidates.Add((s.Paragraph, label, label.Span.Slice(analysis.Text)));
        }
        var labels = new Dictionary<int, SpeakerLabel>();
        if (candidates.Count < 2) return labels;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates) uses[c.Text] = uses.GetValueOrDefault(c.Text) + 1;
        foreach (var c in candidates)
            if (uses[c.Text] >= 2) labels.Add(c.Paragraph, c.Label);
        return labels;
    }

    private static SpeakerLabel? Label(DocumentAnalysis analysis, Sentence s)
    {
        string text = analysis.Text;
        var tokens = analysis.Tokens;
        for (int k = 0; k < s.TokenCount - 1 && k <= MaxLabelTokens; k++)
        {
            var t = tokens[s.FirstToken + k];
            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ':')
            {
                if (k == 0) return null;
                var span = new TextSpan(tokens[s.FirstToken].Start, tokens[s.FirstToken + k - 1].End);
                string label = span.Slice(text);
                if (InterviewerLabels.Any(l => label.Equals(l, StringComparison.OrdinalIgnoreCase))) return null;
                return new SpeakerLabel(span, t.Span);
            }
            if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) return null;
        }
        return null;
    }
}
