using Relata.Pipeline;
using Relata.Store;

namespace Relata.Web.Hosting;

/// <summary>
/// Hands an analysis only the events that involve the sides it is about. The analyses read every stored event and
/// keep those of their actors; on a large store that read dominates, so an unrestricted event query is answered
/// here with the indexed actor filter first. Everything else goes to the store unchanged.
/// </summary>
public sealed class NarrowedStore(IRelataStore inner, FactFilter narrow) : IRelataStore
{
    public IReadOnlyList<EventRecord> Events(EventQuery query)
    {
        if (query.Actor is not null || query.Target is not null || query.Code is not null) return inner.Events(query);
        var filter = narrow with { Modality = query.Modality ?? narrow.Modality, From = query.From ?? narrow.From, To = query.To ?? narrow.To };
        return inner.FindEvents(filter, query.Limit, 0).Items;
    }

    public IReadOnlyList<Events.Merging.MergedEvent> MergedEvents(EventQuery query) => inner.MergedEvents(query);
    public SaveResult Save(DocumentAnalysis analysis) => inner.Save(analysis);
    public IReadOnlyList<DocumentSummary> ListDocuments() => inner.ListDocuments();
    public StoredDocument? GetDocument(string idOrPrefix) => inner.GetDocument(idOrPrefix);
    public IReadOnlyList<SentenceHit> Search(string query, int limit = 50) => inner.Search(query, limit);
    public string? GetExtractJson(string documentId) => inner.GetExtractJson(documentId);
    public IReadOnlyList<ActorCount> ActorCounts(string? type = null, string? country = null) => inner.ActorCounts(type, country);
    public IReadOnlyList<CandidateCount> CandidateCounts(int examples = 2) => inner.CandidateCounts(examples);
    public IReadOnlyList<MentionRecord> MentionsOf(string actorId, int limit = 200) => inner.MentionsOf(actorId, limit);
    public IReadOnlyList<ClaimRecord> Claims(ClaimQuery query) => inner.Claims(query);
    public IReadOnlyList<FigureRecord> Figures(FigureQuery query) => inner.Figures(query);
    public PagedResult<DocumentSummary> ListDocuments(int limit, int offset) => inner.ListDocuments(limit, offset);
    public PagedResult<SentenceHit> Search(string query, int limit, int offset) => inner.Search(query, limit, offset);
    public PagedResult<ActorCount> FindActors(string? query, string? type, int limit, int offset) => inner.FindActors(query, type, limit, offset);
    public ActorCount? CountActor(string actorId) => inner.CountActor(actorId);
    public PagedResult<MentionRecord> FindMentions(string actorId, FactFilter filter, int limit, int offset) => inner.FindMentions(actorId, filter, limit, offset);
    public PagedResult<EventRecord> FindEvents(FactFilter filter, int limit, int offset) => inner.FindEvents(filter, limit, offset);
    public PagedResult<ClaimRecord> FindClaims(FactFilter filter, int limit, int offset) => inner.FindClaims(filter, limit, offset);
    public PagedResult<FigureRecord> FindFigures(FactFilter filter, int limit, int offset) => inner.FindFigures(filter, limit, offset);
    public IReadOnlyList<DyadCount> Dyads(FactFilter filter, int limit) => inner.Dyads(filter, limit);
    public IReadOnlyList<(string Topic, int Sentences)> TopicCounts() => inner.TopicCounts();
    public long Revision() => inner.Revision();
    public IReadOnlyList<SentenceTopicRecord> SentenceTopics(string? topic = null) => inner.SentenceTopics(topic);
    public IReadOnlyList<StatementRecord> Statements(string? proposition = null) => inner.Statements(proposition);

    /// <summary>The store itself is owned by the pool; disposing the wrapper leaves it open.</summary>
    public void Dispose() { }
}
