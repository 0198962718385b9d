using Relata.Topics;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Policy areas per sentence, in sentence order; sentences without a tag are left out.</summary>
    public List<SentenceTopics> Topics { get; } = [];

    /// <summary>The topic tags of one sentence (empty when it has none).</summary>
    public IReadOnlyList<TopicTag> TopicsOf(int sentence)
    {
        int lo = 0, hi = Topics.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = Topics[mid].Sentence;
            if (s == sentence) return Topics[mid].Tags;
            if (s < sentence) lo = mid + 1; else hi = mid - 1;
        }
        return [];
    }
}
