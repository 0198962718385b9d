using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>
/// <see cref="DocumentAnalysis.SentenceAt"/> for an offset that is nearly always in a sentence already known (a claim's
/// own sentence or the next one): that sentence is tried before the binary search over every sentence.
/// </summary>
internal static class SentenceLookup
{
    /// <summary>The index of the sentence holding <paramref name="offset"/> (as <c>SentenceAt(offset)?.Index</c>), or -1;
    /// <paramref name="hint"/> is the index of a sentence at or shortly before it.</summary>
    public static int IndexAt(DocumentAnalysis analysis, int offset, int hint) => At(analysis, offset, hint)?.Index ?? -1;

    /// <summary>The sentence holding <paramref name="offset"/> (as <c>SentenceAt(offset)</c>), trying sentence
    /// <paramref name="hint"/> and the next one first.</summary>
    public static Sentence? At(DocumentAnalysis analysis, int offset, int hint)
    {
        var sentences = analysis.Sentences;
        // Sentences do not overlap: the one that holds the offset is the one the search would find.
        for (int s = hint; s >= 0 && s < sentences.Count && s <= hint + 1; s++)
        {
            var sentence = sentences[s];
            if (sentence.Index != s || offset < sentence.Span.Start) break;
            if (offset < sentence.Span.End) return sentence;
        }
        return analysis.SentenceAt(offset);
    }
}
