using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Text;

/// <summary>
/// Fills paragraphs (with their roles), sentences and tokens, each with exact offsets into the document text.
/// Tokens are produced per sentence, so no token crosses a sentence boundary; list markers ("- ", "1. ")
/// belong to their paragraph but to no sentence.
/// </summary>
public sealed class SegmentationStage(TextLexicon lexicon, ParagraphRoleCues cues) : IDocumentStage
{
    public const string StageName = "segmentation";

    public SegmentationStage() : this(TextLexicon.Default, ParagraphRoleCues.Default) { }

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        string text = analysis.Text;
        var paragraphs = ParagraphSplitter.Split(text);
        var roles = ParagraphClassifier.Classify(text, paragraphs, cues);
        var sentences = new List<SentenceSpan>();
        // Tokens go to a per-thread scratch list first and are copied once into the document's list at its exact
        // size: guessing the count either wastes memory or regrows (and copies) the document's list.
        var tokens = t_tokens ??= [];
        tokens.Clear();
        // English reporting has about one token per five or six characters; the scratch list is reused, so err high.
        tokens.EnsureCapacity(text.Length / 4);
        int baseToken = analysis.Tokens.Count;
        // Typical English reporting: one sentence per 150 characters.
        analysis.Sentences.EnsureCapacity(analysis.Sentences.Count + text.Length / 150);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p];
            int paragraphIndex = analysis.Paragraphs.Count;
            analysis.Paragraphs.Add(new Paragraph(paragraphIndex, span) { Role = roles[p] });
            int marker = ListMarker.Length(text, span);
            sentences.Clear();
            SentenceSplitter.Split(text, new TextSpan(span.Start + marker, span.End), lexicon, sentences);
            foreach (var sentence in sentences)
            {
                int first = tokens.Count;
                Tokenizer.Tokenize(text, sentence.Span, lexicon, tokens);
                analysis.Sentences.Add(new Sentence(analysis.Sentences.Count, paragraphIndex, sentence.Span, sentence.Span.Slice(text))
                {
                    FirstToken = baseToken + first,
                    TokenCount = tokens.Count - first,
                    StartsInQuotation = sentence.StartsInQuotation,
                });
            }
        }
        analysis.Tokens.EnsureCapacity(baseToken + tokens.Count);
        analysis.Tokens.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        if (tokens.Capacity > 1 << 20) t_tokens = null;
    }

    [ThreadStatic] private static List<Token>? t_tokens;
}

public static class SegmentationPipelineExtensions
{
    public static RelataPipelineBuilder UseSegmentation(this RelataPipelineBuilder builder) =>
        builder.Add(new SegmentationStage());
}
