using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Text;

/// <summary>Fills paragraphs, sentences and tokens, each with offsets into the document text.</summary>
public sealed class SegmentationStage : IDocumentStage
{
    public const string StageName = "segmentation";

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        string text = analysis.Text;
        foreach (var paragraphSpan in ParagraphSplitter.Split(text))
        {
            var paragraph = new Paragraph(analysis.Paragraphs.Count, paragraphSpan);
            analysis.Paragraphs.Add(paragraph);
            foreach (var sentenceSpan in SentenceSplitter.Split(text, paragraphSpan))
            {
                int first = analysis.Tokens.Count;
                Tokenizer.Tokenize(text, sentenceSpan, analysis.Tokens);
                analysis.Sentences.Add(new Sentence(analysis.Sentences.Count, paragraph.Index, sentenceSpan, sentenceSpan.Slice(text))
                {
                    FirstToken = first,
                    TokenCount = analysis.Tokens.Count - first,
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
