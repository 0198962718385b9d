namespace Relata.Store;

/// <summary>Where a fact was read: document, sentence and the sentence's text.</summary>
public sealed record EvidenceRef(string DocumentId, int Sentence, int Start, int End, string SentenceText, string? Title);

public sealed record ActorCount(string ActorId, string Name, string? Type, string? Code, string? Country, int Mentions, int Documents);

public sealed record CandidateCount(string Name, string? Type, int Mentions, int Documents, IReadOnlyList<EvidenceRef> Examples);

public sealed record MentionRecord(string Text, string Kind, string? Role, string? Date, string Rule, EvidenceRef Evidence);

/// <param name="Period">TIMEX3 value of the period the figure is for, when the text gives one.</param>
/// <param name="Actors">Actor names (and ids, when linked) the figure is about, as JSON from the store.</param>
public sealed record FigureRecord(
    string Text, double Value, string Unit, string Dimension, bool Approximate, string? Qualifier, double? Change,
    string? Measure, string? Period, string? Actors, string? DocumentDate, EvidenceRef Evidence);

/// <param name="Topics">Comma-separated policy areas of the claim's sentence.</param>
public sealed record ClaimRecord(
    string ClaimId, string? SpeakerId, string SpeakerName, string Cue, string CueType, bool Quoted, string Text, string? Date,
    string? Topics, string? Stance, bool Negated, bool Future, bool AuthorJudgement, string? PropositionKey, string? PropositionLabel,
    string? Temporal, EvidenceRef Evidence);

/// <param name="Proposition">A proposition key ("RUS:recognise:grp.taliban") or words of its label.</param>
/// <param name="Involving">Actor ids: only claims whose speaker is one of them or whose proposition key contains one. A
/// narrowing hint: a store may return more (callers that need exactness check the key parts themselves).</param>
public sealed record ClaimQuery(string? Speaker = null, string? Topic = null, string? Text = null, string? Proposition = null, int Limit = 500,
    IReadOnlyList<string>? Involving = null);

/// <summary>One coded event mention as stored.</summary>
/// <param name="Outlet">The document's outlet, when known: independent sources are counted by outlet.</param>
/// <param name="DocumentDate">The document's reference date (TIMEX3 value).</param>
/// <param name="PlaceId">Gazetteer id of <paramref name="Location"/>: "country:AF", "admin1:AF-KAB", "gn:1138958".</param>
/// <param name="Topics">Comma-separated policy areas of the event's sentence.</param>
/// <param name="MergedInto">Id of the merged event (<see cref="Events.Merging.MergedEvent.Id"/>) this mention belongs to.</param>
public sealed record EventRecord(
    string EventId, string Trigger, string? SourceId, string? SourceName, string? SourceCode, string? TargetId, string? TargetName,
    string? TargetCode, string Cameo, string CameoName, string? Plover, string? Mode, double Goldstein, int QuadClass, string? Date,
    string? DatePrecision, string? DateFrom, string? Location, string? Country, double? Lat, double? Lon, string Modality,
    double Confidence, bool Symmetric, EvidenceRef Evidence, string? Outlet = null, string? DocumentDate = null, string? PlaceId = null,
    string? Topics = null, string? MergedInto = null);

/// <param name="From">Earliest date (inclusive), compared as TIMEX3 strings, so "2025" covers every date in 2025.</param>
/// <param name="To">Latest date (inclusive): "2025-06" includes every day of June 2025.</param>
public sealed record EventQuery(
    string? Actor = null, string? Target = null, string? From = null, string? To = null, string? Modality = null, string? Code = null,
    int Limit = 1000);

public sealed record FigureQuery(string? Actor = null, string? Measure = null, string? Unit = null, int Limit = 500);

public sealed record SentenceTopicRecord(string DocumentId, int Sentence, string Topic);

/// <summary>An author's own statement on a proposition ("Russia has recognised …" without an attributed speaker).</summary>
/// <param name="Date">The document's reference date (TIMEX3 value).</param>
/// <param name="Author">The document's author, else its outlet, else null.</param>
public sealed record StatementRecord(
    string PropositionKey, string PropositionLabel, string? Holder, string? Object, string Temporal, string Stance, string? Date,
    string? Author, EvidenceRef Evidence);
