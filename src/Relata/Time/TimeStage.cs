using Relata.Documents;
using Relata.Pipeline;
using Relata.Time.Lexicon;
using Relata.Time.Normalisation;
using Relata.Time.Recognition;
using Relata.Time.Reference;

namespace Relata.Time;

/// <summary>
/// Recognises temporal expressions, settles the document's reference date (stated, or inferred from the dates it mentions),
/// then normalises every expression to TIMEX3 in text order, so relative expressions can anchor on the previous date.
/// Needs the segmentation stage.
/// </summary>
public sealed class TimeStage(TimeLexicon lexicon, WordClassTable classTable) : IDocumentStage
{
    public const string StageName = "time";

    private readonly TimexRecognizer _recognizer = new(lexicon);
    private readonly TimexResolver _resolver = new(lexicon);
    private readonly WordClassTable _classTable = classTable.Lexicon == lexicon ? classTable
        : throw new ArgumentException("the class table must be built from the same lexicon", nameof(classTable));

    public TimeStage(TimeLexicon lexicon) : this(lexicon, lexicon.Classes) { }

    /// <summary>
    /// Classifies tokens with the quantity lexicon's table (a superset of the time classes), so that the quantity stage,
    /// which reads the same fine tokens right after, finds every word already looked up.
    /// </summary>
    public TimeStage() : this(TimeLexicon.Default, Quantities.QuantityLexicon.Default.Classes) { }

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        string text = analysis.Text;
        // The matchers read the parts of "10:30", "1990s" or "Dec." separately: they work on fine tokens, not the segmenter's.
        var (ring, parsesBySentence, parses) = t_buffers ??= ([], [], []);
        var shared = FreeBuffer(ring);
        shared.Reset();
        var fine = shared.Tokens;
        var classes = shared.ClassesFor(_classTable);
        var sentenceEnds = shared.SentenceEnds;
        parsesBySentence.Clear();
        parses.Clear();
        fine.EnsureCapacity(analysis.Tokens.Count + analysis.Tokens.Count / 8);
        classes.Reset(text, fine);
        foreach (var sentence in analysis.Sentences)
        {
            int start = fine.Count;
            var words = FineTokens.Append(text, analysis.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, fine, classes);
            shared.SentenceWords.Add(words);
            int from = parses.Count;
            sentenceEnds.Add(fine.Count);
            classes.Grow();
            // Only punctuation and words none of which is a trigger: no expression starts in the sentence.
            if (words is { } union && (union & WordClass.Trigger) == 0) continue;
            _recognizer.Recognize(new SentenceTokens(text, fine, start, fine.Count, classes), parses, probeTense: false);
            if (parses.Count > from) parsesBySentence.Add((start, fine.Count, from, parses.Count));
        }

        // Only the inference of the reference date reads the tense of every parse; resolution probes the few it needs.
        if (analysis.ReferenceDate is null && analysis.Metadata.PublishedDate is null)
            foreach (var (start, end, from, to) in parsesBySentence)
            {
                var tokens = new SentenceTokens(text, fine, start, end, classes);
                for (int k = from; k < to; k++) _recognizer.ProbeTense(tokens, parses[k]);
            }
        analysis.ReferenceDate ??= analysis.Metadata.PublishedDate is { } published
            ? ReferenceDate.Stated(published, "published date in metadata")
            : ReferenceDateInference.Infer(parses, text, fine)
              ?? (analysis.Metadata.SourceModified is { } modified
                  ? new ReferenceDate(modified, true, "no date stated or mentioned in the text; the source's last-modified date")
                    { UpperBoundOnly = true }
                  : null);
        var precision = ReferenceDateInference.PrecisionOf(analysis.ReferenceDate);
        if (analysis.ReferenceDate is null)
            analysis.Notes.Add(new AnalysisNote(StageName, "no reference date: none stated and no dates in the text"));

        var ctx = new ResolutionContext { Reference = analysis.ReferenceDate?.Value, ReferencePrecision = precision };
        foreach (var (start, end, from, to) in parsesBySentence)
        {
            var tokens = new SentenceTokens(text, fine, start, end, classes);
            ctx.SentenceDay = null;
            for (int k = from; k < to; k++)
            {
                var timex = _resolver.Resolve(parses[k], tokens, ctx);
                analysis.Timexes.Add(timex);
                if (timex.Rejected is not null)
                {
                    analysis.Notes.Add(new AnalysisNote(StageName, $"rejected date '{timex.Text}': {timex.Rejected}", timex.Span));
                    continue;
                }
                Remember(timex, ctx);
            }
        }
        parses.Clear();
        shared.Publish(analysis);
        // A long document's buffer is not kept for the next one (the analysis still holds it until it is taken).
        if (fine.Capacity > 1 << 20 || classes.Oversized) ring.Remove(shared);
    }

    /// <summary>How many documents' fine tokens a thread keeps for the quantity stage: more than a pipeline batch holds.</summary>
    private const int KeptBuffers = 40;

    /// <summary>A buffer whose document has been taken, else a new one, else (all waiting) the next in turn.</summary>
    private static SharedFineTokens FreeBuffer(List<SharedFineTokens> ring)
    {
        foreach (var buffer in ring)
            if (!buffer.Waiting) return buffer;
        if (ring.Count < KeptBuffers)
        {
            ring.Add(new SharedFineTokens());
            return ring[^1];
        }
        var oldest = ring[0];
        ring.RemoveAt(0);
        ring.Add(oldest);
        return oldest;
    }

    // Working lists reused per thread: nothing keeps them after Process returns, and a long document's fine tokens are large.
    [ThreadStatic] private static (List<SharedFineTokens> Fine, List<(int Start, int End, int From, int To)> BySentence, List<TimexParse> Parses)? t_buffers;

    private static void Remember(Timex timex, ResolutionContext ctx)
    {
        if (timex.Citation || timex.Vague || timex.Type != TimexType.Date) return;
        var m = Moment.Parse(timex.End ?? timex.Value);
        if (m is null) return;
        ctx.Previous = m;
        if (m.Value.Precision == TimexPrecision.Day) { ctx.SentenceDay = m; ctx.PreviousDay = m; }
    }
}

public static class TimePipelineExtensions
{
    /// <summary>Adds the time stage (reference date, then TIMEX3 recognition and normalisation). Call after <c>UseSegmentation()</c>.</summary>
    public static RelataPipelineBuilder UseTime(this RelataPipelineBuilder builder) => builder.Add(new TimeStage());
}
