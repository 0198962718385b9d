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
        // Typical English reporting: about one token per six characters, one sentence per 150.
        analysis.Tokens.EnsureCapacity(analysis.Tokens.Count + text.Length / 6);
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
                int first = analysis.Tokens.Count;
                Tokenizer.Tokenize(text, sentence.Span, lexicon, analysis.Tokens);
                analysis.Sentences.Add(new Sentence(analysis.Sentences.Count, paragraphIndex, sentence.Span, sentence.Span.Slice(text))
                {
                    FirstToken = first,
                    TokenCount = analysis.Tokens.Count - first,
                    StartsInQuotation = sentence.StartsInQuotation,
                });
            }
        }
    }
}

public static class SegmentationPipelineExtensions
{
    public static RelataPipelineBuilder UseSegmentation(this RelataPipelineBuilder builder) =>
        builder.Add(new SegmentationStage());
}
