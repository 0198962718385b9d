using Relata.Documents;
using Relata.Pipeline;
using Relata.Store;

namespace Relata.Tests.Analysis;

/// <summary>A hand-filled store for analysis tests: facts are written directly, so expectations can be computed by hand.</summary>
public sealed class MemoryStore : IRelataStore
{
    public List<DocumentSummary> Documents { get; } = [];
    public List<EventRecord> EventList { get; } = [];
    public List<ClaimRecord> ClaimList { get; } = [];
    public List<FigureRecord> FigureList { get; } = [];
    public List<SentenceTopicRecord> Topics { get; } = [];
    public List<StatementRecord> StatementList { get; } = [];
    public List<(string ActorId, string Name, string Type, MentionRecord Mention)> Mentions { get; } = [];
    private readonly Dictionary<(string, int), string> _sentences = [];
    private int _events;

    public MemoryStore Document(string id, string title, string date, DatePrecision precision = DatePrecision.Day, string? author = null)
    {
        var parsed = DateOnly.ParseExact(date.Length == 4 ? date + "-12-31" : date.Length == 7 ? date + "-01" : date, "yyyy-MM-dd");
        Documents.Add(new DocumentSummary(id, 1, "mem://" + id, "txt", DocumentMetadata.Empty with { Title = title, Author = author },
            new ReferenceDate(parsed, false, "test") { Precision = precision }, 10, DateTimeOffset.UnixEpoch));
        return this;
    }

    public EvidenceRef Sentence(string doc, int index, string text)
    {
        _sentences[(doc, index)] = text;
        return new EvidenceRef(doc, index, index * 100, index * 100 + text.Length, text, Documents.FirstOrDefault(d => d.Id == doc)?.Metadata.Title);
    }

    public MemoryStore Topic(string doc, int sentence, params string[] topics)
    {
        foreach (var t in topics) Topics.Add(new SentenceTopicRecord(doc, sentence, t));
        return this;
    }

    public MemoryStore Mention(string actorId, string name, EvidenceRef where, string type = "state")
    {
        Mentions.Add((actorId, name, type, new MentionRecord(name, "actor", null, null, "test", where)));
        return this;
    }

    /// <param name="source">"ID:Name" or null.</param>
    public EventRecord Event(string? source, string? target, string cameo, double goldstein, int quad, string? date, EvidenceRef evidence,
        string modality = "asserted", string? sourceCode = null, string? targetCode = null, string dateFrom = "sentence")
    {
        var (sid, sname) = Split(source);
        var (tid, tname) = Split(target);
        string? precision = date is null ? null : date.Length switch { 10 => "day", 7 => "month", 4 => "year", _ => "decade" };
        var e = new EventRecord($"e{++_events}", "trigger", sid, sname, sourceCode ?? sid, tid, tname, targetCode ?? tid, cameo, "name " + cameo, null, null,
            goldstein, quad, date, precision, dateFrom, null, null, null, null, modality, 0.9, false, evidence,
            DocumentDate: Documents.FirstOrDefault(d => d.Id == evidence.DocumentId)?.ReferenceDate?.Timex);
        EventList.Add(e);
        return e;
    }

    public ClaimRecord Claim(string? speakerId, string speaker, string text, string? date, string? key, string? label, string stance, string temporal,
        EvidenceRef evidence, string topics = "diplomacy")
    {
        var c = new ClaimRecord($"c{ClaimList.Count + 1}", speakerId, speaker, "say", "neutral", false, text, date, topics, stance, false, temporal == "future",
            false, key, label, temporal, evidence);
        ClaimList.Add(c);
        return c;
    }

    public FigureRecord Figure(string text, double value, string unit, string dimension, string? measure, string? period, EvidenceRef evidence, string? actorsJson = null)
    {
        var f = new FigureRecord(text, value, unit, dimension, false, null, null, measure, period, actorsJson,
            Documents.First(d => d.Id == evidence.DocumentId).ReferenceDate?.Timex, evidence);
        FigureList.Add(f);
        return f;
    }

    private static (string?, string?) Split(string? party) => party is null ? (null, null) : party.Split(':') is [var id, var name] ? (id, name) : (party, party);

    public IReadOnlyList<DocumentSummary> ListDocuments() => Documents;

    public IReadOnlyList<EventRecord> Events(EventQuery query) => [.. EventList
        .Where(e => query.Modality is null || e.Modality == query.Modality)
        .Where(e => query.Actor is null || e.SourceId == query.Actor || e.TargetId == query.Actor)
        .OrderBy(e => e.Date, StringComparer.Ordinal).Take(query.Limit)];

    public IReadOnlyList<Relata.Events.Merging.MergedEvent> MergedEvents(EventQuery query) => Relata.Events.Merging.EventMerger.Merge(Events(query));

    public IReadOnlyList<ClaimRecord> Claims(ClaimQuery query) => [.. ClaimList
        .Where(c => query.Topic is null || (c.Topics ?? "").Split(',').Contains(query.Topic))
        .Where(c => query.Proposition is null || c.PropositionKey == query.Proposition || (c.PropositionLabel ?? "").Contains(query.Proposition, StringComparison.OrdinalIgnoreCase))
        .OrderBy(c => c.Date, StringComparer.Ordinal).Take(query.Limit)];

    public IReadOnlyList<FigureRecord> Figures(FigureQuery query) => [.. FigureList
        .Where(f => query.Measure is null || (f.Measure ?? "").Contains(query.Measure, StringComparison.OrdinalIgnoreCase)).Take(query.Limit)];

    public IReadOnlyList<SentenceTopicRecord> SentenceTopics(string? topic = null) => [.. Topics.Where(t => topic is null || t.Topic == topic)];

    public IReadOnlyList<StatementRecord> Statements(string? proposition = null) => [.. StatementList.Where(s => proposition is null || s.PropositionKey == proposition)];

    public IReadOnlyList<ActorCount> ActorCounts(string? type = null, string? country = null) => [.. Mentions
        .Where(m => type is null || m.Type == type)
        .GroupBy(m => m.ActorId).Select(g => new ActorCount(g.Key, g.First().Name, g.First().Type, null, null, g.Count(), g.Select(m => m.Mention.Evidence.DocumentId).Distinct().Count()))];

    public IReadOnlyList<MentionRecord> MentionsOf(string actorId, int limit = 200) => [.. Mentions.Where(m => m.ActorId == actorId).Select(m => m.Mention).Take(limit)];

    public SaveResult Save(DocumentAnalysis analysis) => throw new NotSupportedException();
    public StoredDocument? GetDocument(string idOrPrefix) => null;
    public IReadOnlyList<SentenceHit> Search(string query, int limit = 50) => [];
    public string? GetExtractJson(string documentId) => null;
    public IReadOnlyList<CandidateCount> CandidateCounts(int examples = 2) => [];
    public void Dispose() { }
}
