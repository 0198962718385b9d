namespace Relata.Topics;

/// <summary>A policy area of the topic lexicon (<c>data/topics/*.yaml</c>).</summary>
/// <param name="Terms">Phrases that tag a sentence on their own.</param>
/// <param name="ContextTerms">Phrases that count only beside at least one of <paramref name="Terms"/> in the same sentence.</param>
/// <param name="NegativeTerms">Phrases that stop this area's terms inside them from counting ("data mining").</param>
public sealed record TopicArea(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> ContextTerms,
    IReadOnlyList<string> NegativeTerms);

/// <summary>One word or phrase that made a tag.</summary>
/// <param name="Term">The lexicon entry that matched.</param>
/// <param name="Context">True when it is a context term (counted only beside a main term).</param>
public sealed record TopicTrigger(string Term, Documents.TextSpan Span, bool Context);

/// <summary>A policy area a sentence is about, with the words that say so.</summary>
public sealed record TopicTag(TopicArea Area, IReadOnlyList<TopicTrigger> Triggers)
{
    public string Id => Area.Id;
}

/// <summary>The topics of one sentence (only sentences with at least one tag are listed).</summary>
public sealed record SentenceTopics(int Sentence, IReadOnlyList<TopicTag> Tags);
