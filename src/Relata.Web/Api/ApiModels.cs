using System.Text.Json;
using Relata.Export;
using Relata.Store;

namespace Relata.Web.Api;

// Field names follow the extract format (docs/formats.md) wherever a field exists there; the JSON is snake_case.

/// <summary>One page of results: <c>total</c> matches in all, <c>items</c> from <c>offset</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

/// <summary>Where a fact was read: the document, its sentence and that sentence's span and text.</summary>
public sealed record ApiEvidence(string DocumentId, int Sentence, int Start, int End, string Text, string? Title)
{
    public static ApiEvidence From(EvidenceRef e) => new(e.DocumentId, e.Sentence, e.Start, e.End, e.SentenceText, e.Title);
}

public sealed record ApiDocument(
    string Id, int Version, string Source, string Format, ExtractMetadata Metadata, ExtractDate? Date, int SentenceCount,
    DateTimeOffset IngestedAt)
{
    public static ApiDocument From(DocumentSummary d) => new(d.Id, d.Version, d.Source, d.Format, ExtractMapper.Map(d.Metadata),
        d.ReferenceDate is { } r ? ExtractDate.From(r) : null, d.SentenceCount, d.IngestedAt);
}

public sealed record ApiDocumentDetail(ApiDocument Document, string ContentHash, string Text, IReadOnlyList<ExtractSentence> Sentences);

public sealed record ApiSpan(int Start, int End);

/// <param name="Highlights">Where the query matched, as offsets into <paramref name="Text"/>.</param>
public sealed record ApiSearchHit(string DocumentId, int Sentence, int Start, int End, string Text, IReadOnlyList<ApiSpan> Highlights, string? Title, double Rank)
{
    public static ApiSearchHit From(SentenceHit hit)
    {
        var text = new System.Text.StringBuilder(hit.Snippet.Length);
        var spans = new List<ApiSpan>();
        int open = -1;
        foreach (char c in hit.Snippet)
        {
            if (c == HitMarkers.Open[0]) open = text.Length;
            else if (c == HitMarkers.Close[0] && open >= 0) { spans.Add(new ApiSpan(open, text.Length)); open = -1; }
            else text.Append(c);
        }
        return new ApiSearchHit(hit.DocumentId, hit.SentenceIndex, hit.Start, hit.End, text.ToString(), spans, hit.Title, Math.Round(hit.Rank, 4));
    }
}

public sealed record ApiEvent(
    string Id, ApiEvidence Evidence, ExtractEventActor? Source, ExtractEventActor? Target, string Cameo, string CameoName, string? Plover,
    string? Mode, double Goldstein, int QuadClass, ExtractEventDate? Date, ExtractLocation? Location, string Modality, double Confidence,
    bool Symmetric, string Trigger)
{
    public static ApiEvent From(EventRecord e) => new(
        e.EventId, ApiEvidence.From(e.Evidence),
        e.SourceName is null && e.SourceId is null ? null : new ExtractEventActor(e.SourceId, e.SourceName ?? e.SourceId!, e.SourceCode, null),
        e.TargetName is null && e.TargetId is null ? null : new ExtractEventActor(e.TargetId, e.TargetName ?? e.TargetId!, e.TargetCode, null),
        e.Cameo, e.CameoName, e.Plover, e.Mode, e.Goldstein, e.QuadClass,
        e.Date is null ? null : new ExtractEventDate(e.Date, e.DatePrecision ?? "", e.DateFrom ?? ""),
        e.Location is null ? null : new ExtractLocation(e.Location, e.Country, e.Lat, e.Lon),
        e.Modality, e.Confidence, e.Symmetric, e.Trigger);
}

public sealed record ApiProposition(string Key, string? Label, string? Temporal);

public sealed record ApiClaim(
    string Id, ApiEvidence Evidence, ExtractSpeaker Speaker, ExtractCue Cue, bool Quoted, string Text, string? Date, IReadOnlyList<string> Topics,
    string? Stance, bool Negated, bool Future, bool AuthorJudgement, ApiProposition? Proposition)
{
    public static ApiClaim From(ClaimRecord c) => new(
        c.ClaimId, ApiEvidence.From(c.Evidence), new ExtractSpeaker(c.SpeakerId, c.SpeakerName, null, c.SpeakerName),
        new ExtractCue(c.Cue, c.CueType, null, null), c.Quoted, c.Text, c.Date,
        c.Topics is { Length: > 0 } t ? t.Split(',', StringSplitOptions.RemoveEmptyEntries) : [],
        c.Stance, c.Negated, c.Future, c.AuthorJudgement,
        c.PropositionKey is null ? null : new ApiProposition(c.PropositionKey, c.PropositionLabel, c.Temporal));
}

public sealed record ApiText(string Text);

public sealed record ApiPeriod(string Value);

/// <param name="DocumentDate">The document's reference date, for figures whose text gives no period.</param>
public sealed record ApiFigure(
    string Text, double Value, string Unit, string Dimension, bool Approximate, string? Qualifier, double? Change, ApiText? Measure,
    ApiPeriod? Period, IReadOnlyList<ExtractSpanText> Actors, string? DocumentDate, ApiEvidence Evidence)
{
    public static ApiFigure From(FigureRecord f) => new(
        f.Text, f.Value, f.Unit, f.Dimension, f.Approximate, f.Qualifier, f.Change, f.Measure is null ? null : new ApiText(f.Measure),
        f.Period is null ? null : new ApiPeriod(f.Period),
        f.Actors is null ? [] : JsonSerializer.Deserialize<List<ExtractSpanText>>(f.Actors, ExtractJson.Options) ?? [],
        f.DocumentDate, ApiEvidence.From(f.Evidence));
}

public sealed record ApiActor(string Id, string Name, string? Type, string? Code, string? Country, int Mentions, int Documents)
{
    public static ApiActor From(ActorCount a) => new(a.ActorId, a.Name, a.Type, a.Code, a.Country, a.Mentions, a.Documents);
}

public sealed record ApiMention(string Text, string Kind, string? Role, string? Date, string Rule, ApiEvidence Evidence)
{
    public static ApiMention From(MentionRecord m) => new(m.Text, m.Kind, m.Role, m.Date, m.Rule, ApiEvidence.From(m.Evidence));
}

public sealed record ApiInterval(string? From, string? To);

public sealed record ApiRole(string Title, string? Of, string? Sector, string? From, string? To);

public sealed record ApiLink(string Id, string Name, string? From, string? To, string? Note = null);

public sealed record ApiCodes(string? Cameo, string? Iso2, string? Iso3, string? Wikidata);

/// <summary>An actor's profile: knowledge-base facts, roles over time, and how the store sees it.</summary>
public sealed record ApiActorProfile(
    string Id, string Name, string Type, string? OfficialName, ApiCodes Codes, string? Country, string? Parent, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Acronyms, IReadOnlyList<ApiRole> Roles, IReadOnlyList<ApiLink> Governments, IReadOnlyList<ApiLink> Memberships,
    IReadOnlyList<ApiLink> Designations, int Mentions, int Documents, int Events, int Claims, IReadOnlyList<ApiDyad> Counterparts);

public sealed record ApiDyad(
    string SourceId, string SourceName, string TargetId, string TargetName, int Events, int Asserted, double GoldsteinSum,
    string? FirstDate, string? LastDate)
{
    public static ApiDyad From(DyadCount d) =>
        new(d.SourceId, d.SourceName, d.TargetId, d.TargetName, d.Events, d.Asserted, Math.Round(d.GoldsteinSum, 2), d.FirstDate, d.LastDate);
}

public sealed record ApiTopic(string Id, string Name, int Sentences);

public sealed record ApiResolvedActor(string Id, string Name, string Type, IReadOnlyList<string> Covers);

public sealed record ApiIngestResult(
    string DocumentId, int Version, string Outcome, string? DuplicateOf, string? Title, int Sentences, int Events, int Claims, int Figures,
    int Mentions, IReadOnlyList<string> Errors);
