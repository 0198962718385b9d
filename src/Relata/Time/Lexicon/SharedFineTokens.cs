using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Time.Lexicon;

/// <summary>
/// The fine tokens the time stage split for a document, kept for the quantity stage, which reads the same tokens
/// after it and need not split them again. Each thread keeps a few such buffers (the pipeline runs a stage over a small
/// batch of documents before the next stage), and a buffer is refilled once its document has been taken or when every
/// buffer is waiting: a stamp tells whether it still holds this document's tokens.
/// </summary>
internal sealed class SharedFineTokens
{
    private static long s_stamp;

    public List<Token> Tokens { get; } = [];

    /// <summary>Fine-token end index of each sentence of the document, in order.</summary>
    public List<int> SentenceEnds { get; } = [];

    /// <summary>
    /// Per sentence, the union of its words' classes (articles count as no number word) when it holds only punctuation and words that were not split
    /// (see <see cref="FineTokens.Append(string, List{Token}, int, int, List{Token}, TokenClasses)"/>), else null.
    /// </summary>
    public List<WordClass?> SentenceWords { get; } = [];

    public long Stamp { get; private set; }

    /// <summary>The lexicon classes of <see cref="Tokens"/> (those looked up so far), or null.</summary>
    public TokenClasses? Classes { get; private set; }

    /// <summary>The token classes buffer of this thread for <paramref name="table"/> (replaced when the table differs).</summary>
    public TokenClasses ClassesFor(WordClassTable table)
    {
        if (Classes is null || Classes.Table != table) Classes = new TokenClasses(table);
        return Classes;
    }

    /// <summary>Marks the buffer as holding <paramref name="analysis"/>'s tokens.</summary>
    public void Publish(DocumentAnalysis analysis)
    {
        Stamp = Interlocked.Increment(ref s_stamp);
        analysis.FineTokenShare = (this, Stamp);
        Waiting = true;
    }

    /// <summary>True while an analysis that has not been taken yet points at this buffer.</summary>
    public bool Waiting { get; private set; }

    /// <summary>The buffer if it still holds <paramref name="analysis"/>'s tokens; the analysis lets go of it either way.</summary>
    public static SharedFineTokens? Take(DocumentAnalysis analysis)
    {
        var share = analysis.FineTokenShare;
        analysis.FineTokenShare = null;
        if (share is not { } s || s.Buffer.Stamp != s.Stamp) return null;
        s.Buffer.Waiting = false;
        return s.Buffer;
    }

    /// <summary>Invalidates any analysis still pointing at this buffer before it is refilled.</summary>
    public void Reset()
    {
        Stamp = 0;
        Waiting = false;
        Tokens.Clear();
        SentenceEnds.Clear();
        SentenceWords.Clear();
    }
}
