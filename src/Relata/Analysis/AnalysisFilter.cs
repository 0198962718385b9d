using Relata.Store;

namespace Relata.Analysis;

/// <summary>The filters every analysis shares. Dates are TIMEX3 values ("2015", "2021-08", "2021-08-15");
/// a fact is inside the period only when its whole date span is (see <see cref="TimexSpan.Within"/>).</summary>
/// <param name="Topic">A policy area id of the topic lexicon (security, narcotics, trade, …).</param>
public sealed record AnalysisFilter(string? From = null, string? To = null, string? Topic = null)
{
    public static AnalysisFilter All { get; } = new();

    public bool HasPeriod => From is not null || To is not null;

    internal (DateOnly From, DateOnly To) Window => TimexSpan.Window(From, To);

    /// <summary>True for a dated fact inside the period; undated facts pass only when no period is set.</summary>
    internal bool InPeriod(TimexSpan? span)
    {
        if (span is not { } s) return !HasPeriod;
        var (from, to) = Window;
        return s.Within(from, to);
    }

    /// <summary>The sentences tagged with the topic, or null when no topic filter is set.</summary>
    internal HashSet<(string, int)>? TopicSentences(IRelataStore store) =>
        Topic is null ? null : [.. store.SentenceTopics(Topic).Select(t => (t.DocumentId, t.Sentence))];
}

/// <summary>A stored event with the span its date denotes.</summary>
public sealed record DatedEvent(EventRecord Event, TimexSpan? When)
{
    public bool Asserted => Event.Modality == "asserted";
}

internal static class AnalysisEvents
{
    public static List<DatedEvent> Load(IRelataStore store, AnalysisFilter filter, bool assertedOnly)
    {
        var topical = filter.TopicSentences(store);
        return [.. store.Events(new EventQuery(Modality: assertedOnly ? "asserted" : null, Limit: int.MaxValue))
            .Select(e => new DatedEvent(e, TimexSpan.Parse(e.Date)))
            .Where(e => filter.InPeriod(e.When))
            .Where(e => topical is null || topical.Contains((e.Event.Evidence.DocumentId, e.Event.Evidence.Sentence)))];
    }

    public static int CompareChronologically(DatedEvent a, DatedEvent b)
    {
        if (a.When is null || b.When is null) return (a.When is null).CompareTo(b.When is null);
        return a.When.Value.SortKey.CompareTo(b.When.Value.SortKey);
    }
}
