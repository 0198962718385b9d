using Relata.Documents;
using Relata.Pipeline;
using Relata.Time;
using Relata.Time.Lexicon;

namespace Relata.Quantities;

/// <summary>Finds figures (money, mass, volume, energy, distance, percentages, counts) and links them to measure, period and actors.</summary>
public sealed class QuantityStage(QuantityLexicon lexicon) : IDocumentStage
{
    public const string StageName = "quantities";

    private readonly QuantityRecognizer _recognizer = new(lexicon);
    private readonly QuantityLinker _linker = new(lexicon);

    public QuantityStage() : this(QuantityLexicon.Default) { }

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis)
    {
        var timexes = analysis.Timexes;
        int tx = 0;
        var matches = new List<QuantityMatch>();
        var sentenceTimexes = new List<Timex>();
        // The matchers read "50%" as 50 and %, and "No." as No and a period: they work on fine tokens, not the segmenter's.
        // Reused from document to document on a thread; a long document's list is let go afterwards.
        // The time stage usually split them already, for this very document.
        var shared = SharedFineTokens.Take(analysis);
        List<Token> fine;
        if (shared is not null) fine = shared.Tokens;
        else
        {
            fine = t_fine ?? new List<Token>();
            t_fine = null;
            fine.Clear();
            fine.EnsureCapacity(analysis.Tokens.Count + analysis.Tokens.Count / 8);
        }
        // The time stage looks words up in this same table when built by default: its classes are reused as they are.
        TokenClasses classes;
        bool ownClasses = shared?.Classes?.Table != _classTable;
        if (!ownClasses) classes = shared!.Classes!;
        else
        {
            classes = t_classes?.Table == _classTable ? t_classes : new TokenClasses(_classTable);
            t_classes = null;
            classes.Reset(analysis.Text, fine);
        }
        int sentenceIndex = -1, sharedEnd = 0;
        bool[] blocked = new bool[64];
        int lastParagraph = -1;
        foreach (var sentence in analysis.Sentences)
        {
            sentenceIndex++;
            int first, end;
            if (shared is not null)
            {
                first = sharedEnd;
                end = sharedEnd = shared.SentenceEnds[sentenceIndex];
            }
            else
            {
                first = fine.Count;
                if (sentence.TokenCount > 0)
                    FineTokens.Append(analysis.Text, analysis.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, fine);
                end = fine.Count;
                classes.Grow();
            }
            if (sentence.TokenCount == 0) continue;
            // Only punctuation and words none of which can start a figure: the recogniser would find nothing.
            // (The union is read only when the time stage classified the words with this stage's table.)
            if (!ownClasses && shared!.SentenceWords[sentenceIndex] is { } words && (words & QuantityRecognizer.StartClasses) == 0)
            {
                lastParagraph = sentence.Paragraph;
                continue;
            }
            int count = end - first;
            if (blocked.Length < count) blocked = new bool[count * 2];
            var block = blocked.AsSpan(0, count);
            block.Clear();
            sentenceTimexes.Clear();
            while (tx < timexes.Count && timexes[tx].Span.End <= sentence.Span.Start) tx++;
            var sentenceTokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fine).Slice(first, count);
            // Tokens that end before an expression starts are untouched by it and by every later one (expressions come in text order).
            int from = 0, lastStart = int.MinValue;
            for (int x = tx; x < timexes.Count && timexes[x].Span.Start < sentence.Span.End; x++)
            {
                sentenceTimexes.Add(timexes[x]);
                var span = timexes[x].Span;
                if (span.Start < lastStart) from = 0;
                lastStart = span.Start;
                while (from < sentenceTokens.Length && sentenceTokens[from].End <= span.Start) from++;
                // Fine tokens are in text order: stop at the first that starts after the expression.
                for (int k = from; k < sentenceTokens.Length; k++)
                {
                    var token = sentenceTokens[k];
                    if (token.Start >= span.End) break;
                    if (span.Start < token.End) block[k] = true;
                }
            }
            var tokens = new SentenceTokens(analysis.Text, fine, first, end, classes);
            matches.Clear();
            _recognizer.Recognize(tokens, block, sentence.Paragraph != lastParagraph, matches);
            lastParagraph = sentence.Paragraph;
            Quantity? previous = null;
            foreach (var m in matches)
            {
                var q = _linker.Link(m, tokens, block, sentenceTimexes);
                // "…reached 70,000 tons, a 50% increase": a change with no phrase of its own measures the figure before it.
                if (q.Measure is null && q.Change is not null && previous?.Measure is { } inherited)
                    q = q with { Measure = inherited, ActorNames = q.ActorNames.Count > 0 ? q.ActorNames : previous.ActorNames };
                analysis.Quantities.Add(q);
                previous = q;
            }
        }
        if (shared is null && fine.Capacity <= MaxKeptTokens) t_fine = fine;
        if (ownClasses && !classes.Oversized) t_classes = classes;
    }

    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic] private static List<Token>? t_fine;
    [ThreadStatic] private static TokenClasses? t_classes;

    private readonly WordClassTable _classTable = lexicon.Classes;
}

public static class QuantityPipelineExtensions
{
    /// <summary>Adds the quantity stage. Call after <c>UseSegmentation()</c> and <c>UseTime()</c> (periods link to timexes).</summary>
    public static RelataPipelineBuilder UseQuantities(this RelataPipelineBuilder builder) => builder.Add(new QuantityStage());
}
