using Relata.Documents;

namespace Relata.Pipeline;

/// <summary>
/// Everything the pipeline knows about one document. Each stage reads the layers of the stages
/// before it and adds its own. Stage folders extend this class with their own partial parts
/// (e.g. Time/DocumentAnalysis.Time.cs), so one feature stays in one folder.
/// </summary>
public sealed partial class DocumentAnalysis
{
    public DocumentAnalysis(Document document)
    {
        Document = document;
        Metadata = document.Metadata;
    }

    public Document Document { get; }

    public string Text => Document.Text;

    /// <summary>Metadata as refined by the stages (starts as what the reader found).</summary>
    public DocumentMetadata Metadata { get; set; }

    /// <summary>Date that underspecified expressions are resolved against; set by the time stage.</summary>
    public ReferenceDate? ReferenceDate { get; set; }

    public List<Paragraph> Paragraphs { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Token> Tokens { get; } = [];

    /// <summary>Problems a stage met that do not stop the document (e.g. an impossible date).</summary>
    public List<AnalysisNote> Notes { get; } = [];

    /// <summary>The sentence that contains <paramref name="offset"/>, or null between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        // Callers mostly ask about offsets in the sentence they asked about last; the hit is checked, so a stale
        // index (another thread, a list that grew) only costs the search below.
        int last = _lastSentence;
        if ((uint)last < (uint)Sentences.Count && Sentences[last].Span is var hit && offset >= hit.Start && offset < hit.End)
            return Sentences[last];
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = Sentences[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset >= span.End) lo = mid + 1;
            else
            {
                _lastSentence = mid;
                return Sentences[mid];
            }
        }
        return null;
    }

    private int _lastSentence;

    /// <summary>
    /// <see cref="SentenceAt(int)"/> for an offset that is nearly always in sentence <paramref name="hint"/> or the next
    /// (a claim's own sentence): those are tried before the search.
    /// </summary>
    public Sentence? SentenceAt(int offset, int hint)
    {
        // Sentences do not overlap: the one that holds the offset is the one the search would find.
        for (int s = hint; s >= 0 && s < Sentences.Count && s <= hint + 1; s++)
        {
            var sentence = Sentences[s];
            if (sentence.Index != s || offset < sentence.Span.Start) break;
            if (offset < sentence.Span.End) return sentence;
        }
        return SentenceAt(offset);
    }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1 (see <see cref="SentenceAt(int, int)"/>).</summary>
    public int SentenceIndexAt(int offset, int hint) => SentenceAt(offset, hint)?.Index ?? -1;
}

/// <param name="Stage">Name of the stage that wrote it.</param>
public sealed record AnalysisNote(string Stage, string Message, TextSpan? Span = null);
