using Relata.Actors;
using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>
/// The actor mentions of each sentence as an index range of <see cref="DocumentAnalysis.Mentions"/> (they are in text
/// order, so a sentence's mentions sit side by side): no lookup table or enumerator per document or per claim.
/// Same mentions in the same order as <see cref="DocumentAnalysis.MentionsIn"/>; falls back to it for a mention list
/// that is not in sentence order.
/// </summary>
internal sealed class SentenceMentions
{
    private readonly List<ActorMention> _mentions;
    private readonly int _count;
    private readonly int[]? _start;

    private SentenceMentions(DocumentAnalysis analysis)
    {
        _mentions = analysis.Mentions;
        _count = _mentions.Count;
        int sentences = analysis.Sentences.Count;
        var start = new int[sentences + 1];
        int previous = 0;
        for (int i = 0; i < _count; i++)
        {
            int s = _mentions[i].Sentence;
            if (s < previous || s >= sentences) return;
            for (int k = previous + 1; k <= s; k++) start[k] = i;
            previous = s;
        }
        for (int k = previous + 1; k <= sentences; k++) start[k] = _count;
        _start = start;
    }

    public static SentenceMentions Of(DocumentAnalysis analysis)
    {
        var index = analysis.ClaimMentionIndex;
        if (index is null || !ReferenceEquals(index._mentions, analysis.Mentions) || index._count != analysis.Mentions.Count)
            analysis.ClaimMentionIndex = index = new SentenceMentions(analysis);
        return index;
    }

    /// <summary>The mentions of <paramref name="sentence"/>, for <c>foreach</c> without allocating.</summary>
    public Enumerable In(int sentence, DocumentAnalysis analysis)
    {
        if (_start is null) return new Enumerable(_mentions, 0, 0, analysis.MentionsIn(sentence));
        return (uint)sentence < (uint)(_start.Length - 1)
            ? new Enumerable(_mentions, _start[sentence], _start[sentence + 1], null)
            : new Enumerable(_mentions, 0, 0, null);
    }

    public readonly struct Enumerable(List<ActorMention> mentions, int from, int to, IEnumerable<ActorMention>? fallback)
    {
        public Enumerator GetEnumerator() => new(mentions, from, to, fallback?.GetEnumerator());
    }

    public struct Enumerator(List<ActorMention> mentions, int from, int to, IEnumerator<ActorMention>? fallback)
    {
        private int _next = from;

        public ActorMention Current { get; private set; } = null!;

        public bool MoveNext()
        {
            if (fallback is not null)
            {
                if (!fallback.MoveNext()) return false;
                Current = fallback.Current;
                return true;
            }
            if (_next >= to) return false;
            Current = mentions[_next++];
            return true;
        }
    }
}
