using Relata.Pipeline;

namespace Relata.Store;

/// <summary>
/// Where analysed documents live. The pipeline only talks to this interface, so a PostgreSQL backend
/// can follow the embedded SQLite one without touching it.
/// </summary>
public interface IRelataStore : IDisposable
{
    /// <summary>
    /// Stores one analysed document atomically: either all of it (version, sentences, facts) or nothing.
    /// The same content twice is a no-op; changed content under the same id becomes a new version.
    /// </summary>
    SaveResult Save(DocumentAnalysis analysis);

    IReadOnlyList<DocumentSummary> ListDocuments();

    /// <summary>Finds a document by its id or an unambiguous id prefix; null when none matches.</summary>
    StoredDocument? GetDocument(string idOrPrefix);

    /// <summary>Full-text search over the sentences of current document versions.</summary>
    IReadOnlyList<SentenceHit> Search(string query, int limit = 50);

    /// <summary>The stored extract record (JSON) of a document's current version.</summary>
    string? GetExtractJson(string documentId);

    /// <summary>Linked actors with their mention and document counts, most mentioned first.</summary>
    IReadOnlyList<ActorCount> ActorCounts(string? type = null, string? country = null);

    /// <summary>Names the knowledge base does not know, with counts and example sentences.</summary>
    IReadOnlyList<CandidateCount> CandidateCounts(int examples = 2);

    IReadOnlyList<MentionRecord> MentionsOf(string actorId, int limit = 200);

    /// <summary>Coded events in date order. Actor matches source or target; Target restricts the target; Code is a CAMEO prefix.</summary>
    IReadOnlyList<EventRecord> Events(EventQuery query);

    /// <summary>
    /// Real events, each merging every report of it (<see cref="Events.Merging.EventMerger"/>) with its source counts, in date
    /// order. The query selects mentions; an event is listed when any of its mentions matches, with all of its mentions.
    /// </summary>
    IReadOnlyList<Events.Merging.MergedEvent> MergedEvents(EventQuery query);

    /// <summary>Attributed statements in date order; <see cref="ClaimQuery.Speaker"/> matches an actor id or a speaker name.</summary>
    IReadOnlyList<ClaimRecord> Claims(ClaimQuery query);

    /// <summary>Figures over time: quantities with their measure, period and evidence, in period order.</summary>
    IReadOnlyList<FigureRecord> Figures(FigureQuery query);

    // Paged, filtered queries (the HTTP API); each page carries the total count of matches. Stores other than
    // SqliteStore (test doubles) need not answer them.

    PagedResult<DocumentSummary> ListDocuments(int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<SentenceHit> Search(string query, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<ActorCount> FindActors(string? query, string? type, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    /// <summary>One linked actor's mention and document counts; null when the store never mentions it.</summary>
    ActorCount? CountActor(string actorId) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<MentionRecord> FindMentions(string actorId, FactFilter filter, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<EventRecord> FindEvents(FactFilter filter, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<ClaimRecord> FindClaims(FactFilter filter, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    PagedResult<FigureRecord> FindFigures(FactFilter filter, int limit, int offset) =>
        throw new NotSupportedException("this store does not answer paged queries");

    /// <summary>Directed actor pairs with events, busiest first.</summary>
    IReadOnlyList<DyadCount> Dyads(FactFilter filter, int limit) =>
        throw new NotSupportedException("this store does not answer paged queries");

    /// <summary>Topic ids in use, with how many sentences carry each.</summary>
    IReadOnlyList<(string Topic, int Sentences)> TopicCounts() =>
        throw new NotSupportedException("this store does not answer paged queries");

    /// <summary>A number that grows whenever a document version is stored (by any process): caches key on it.</summary>
    long Revision() => 0;

    /// <summary>Policy areas of sentences (current versions), optionally one area only; document and sentence order.</summary>
    IReadOnlyList<SentenceTopicRecord> SentenceTopics(string? topic = null) =>
        throw new NotSupportedException("this store does not list sentence topics");

    /// <summary>Sentences in the author's own voice keyed to a proposition, in date order.</summary>
    IReadOnlyList<StatementRecord> Statements(string? proposition = null) =>
        throw new NotSupportedException("this store does not list author statements");

    /// <summary>
    /// Stores an imported file (a document whose sentences render its rows) like <see cref="Save"/>, and records each event's
    /// origin (provenance "imported", the row's id, source URL and outlet), keyed by event id.
    /// </summary>
    SaveResult SaveImported(DocumentAnalysis analysis, IReadOnlyDictionary<string, EventOrigin> originByEventId) =>
        throw new NotSupportedException("this store does not import event files");

    /// <summary>The origin of every stored event of current document versions, keyed by document id and event id.</summary>
    IReadOnlyDictionary<(string DocumentId, string EventId), EventOrigin> EventOrigins() =>
        throw new NotSupportedException("this store does not record event origins");
}
