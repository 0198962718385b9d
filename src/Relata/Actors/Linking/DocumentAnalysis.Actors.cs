using Relata.Actors;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Actor, place and candidate mentions in text order (stage "actors").</summary>
    public List<ActorMention> Mentions { get; } = [];

    /// <summary>Linked actor id → number of actor mentions.</summary>
    public Dictionary<string, int> DocumentActors { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the knowledge base does not know, with a type guess.</summary>
    public List<CandidateSummary> Candidates { get; } = [];

    private ILookup<int, ActorMention>? _mentionsBySentence;
    private int _indexedMentions = -1;

    /// <summary>The mentions in one sentence, through an index built once the actor stage has run.</summary>
    public IEnumerable<ActorMention> MentionsIn(int sentence)
    {
        if (_mentionsBySentence is null || _indexedMentions != Mentions.Count)
        {
            _mentionsBySentence = Mentions.ToLookup(m => m.Sentence);
            _indexedMentions = Mentions.Count;
        }
        return _mentionsBySentence[sentence];
    }

    private Dictionary<string, ActorMention>? _firstActorMentionByText;
    private int _indexedNames = -1;

    /// <summary>The first mention (in text order) with a linked actor whose text is exactly <paramref name="text"/>.</summary>
    public ActorMention? FirstActorMentionNamed(string text)
    {
        if (_firstActorMentionByText is null || _indexedNames != Mentions.Count)
        {
            _firstActorMentionByText = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
            foreach (var m in Mentions)
                if (m.Actor is not null) _firstActorMentionByText.TryAdd(m.Text, m);
            _indexedNames = Mentions.Count;
        }
        return _firstActorMentionByText.GetValueOrDefault(text);
    }

    /// <summary>Mentions that start inside <paramref name="scope"/>, found by binary search (mentions are in text order).</summary>
    public IEnumerable<ActorMention> MentionsStartingIn(Documents.TextSpan scope)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Mentions[mid].Span.Start < scope.Start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < Mentions.Count && Mentions[i].Span.Start < scope.End; i++)
            yield return Mentions[i];
    }

    /// <summary>Mentions that overlap <paramref name="span"/> (a mention never crosses a sentence boundary).</summary>
    public IEnumerable<ActorMention> MentionsOverlapping(Documents.TextSpan span)
    {
        int first = SentenceAt(span.Start)?.Index ?? -1, last = span.Length == 0 ? first : SentenceAt(span.End - 1)?.Index ?? first;
        if (first < 0) return Mentions.Where(m => m.Span.Overlaps(span));
        return Enumerable.Range(first, last - first + 1).SelectMany(MentionsIn).Where(m => m.Span.Overlaps(span));
    }

    /// <summary>People created from title phrases ("Russia's ambassador to X, Y Z") that the KB does not know.</summary>
    public List<Actor> NewActors { get; } = [];
}
