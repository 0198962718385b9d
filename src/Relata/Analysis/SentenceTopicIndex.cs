using Relata.Store;

namespace Relata.Analysis;

/// <summary>Policy areas of every stored sentence, looked up by (document, sentence).</summary>
internal sealed class SentenceTopicIndex
{
    private readonly Dictionary<(string, int), List<string>> _topics = [];

    public SentenceTopicIndex(IRelataStore store)
    {
        foreach (var t in store.SentenceTopics())
        {
            if (!_topics.TryGetValue((t.DocumentId, t.Sentence), out var list)) _topics[(t.DocumentId, t.Sentence)] = list = [];
            list.Add(t.Topic);
        }
    }

    public IReadOnlyList<string> Of(EvidenceRef e) => _topics.TryGetValue((e.DocumentId, e.Sentence), out var list) ? list : [];
}

/// <summary>The parts of a proposition key: "RUS:recognise:grp.taliban" or "topic:security:RUS".</summary>
public readonly record struct PropositionKeyParts(string? Holder, string? Family, string? Object, string? Topic)
{
    public static PropositionKeyParts Parse(string? key)
    {
        if (key is null) return default;
        var parts = key.Split(':');
        if (parts.Length >= 3 && parts[0] == "topic") return new(parts[2].Length == 0 ? null : parts[2], null, null, parts[1]);
        if (parts.Length >= 3) return new(parts[0], parts[1], parts[2].Length == 0 ? null : parts[2], null);
        return default;
    }
}

/// <summary>The sentences that mention any actor of a side.</summary>
internal static class ScopeSentences
{
    public static HashSet<(string, int)> Of(IRelataStore store, ActorScope scope) =>
        [.. scope.Members.SelectMany(id => store.MentionsOf(id, int.MaxValue)).Select(m => (m.Evidence.DocumentId, m.Evidence.Sentence))];
}
