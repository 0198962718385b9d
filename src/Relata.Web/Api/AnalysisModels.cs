using Relata.Analysis;

namespace Relata.Web.Api;

public sealed record ApiSide(string Id, string Name, IReadOnlyList<string> Covers)
{
    public static ApiSide From(ActorScope s) => new(s.Id, s.Name, [.. s.Members.Order(StringComparer.Ordinal)]);
}

/// <param name="Reports">Every report of the event (the lead first): its evidence count is their number.</param>
public sealed record ApiTimelineEntry(string Date, string Precision, DateOnly Start, DateOnly End, int EvidenceCount, int DocumentCount, ApiEvent Event,
    IReadOnlyList<ApiEvidence> Reports);

public sealed record ApiTimeline(IReadOnlyList<ApiTimelineEntry> Entries, IReadOnlyList<ApiTimelineEntry> Undated, int Total);

public sealed record ApiDyadCell(
    int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict, double GoldsteinSum, double? GoldsteinMean,
    double? NetCooperation)
{
    public static ApiDyadCell From(DyadCell c) => new(c.Events, c.VerbalCooperation, c.MaterialCooperation, c.VerbalConflict, c.MaterialConflict,
        Math.Round(c.GoldsteinSum, 2), c.GoldsteinMean is { } m ? Math.Round(m, 3) : null, c.NetCooperation is { } n ? Math.Round(n, 3) : null);
}

/// <param name="Coarse">Holds events too imprecise for the unit (a year-precise event in a quarterly series).</param>
/// <param name="Events">The events counted in this period (at most 50 per period), so a chart point leads to its evidence.</param>
public sealed record ApiDyadPeriod(string Label, DateOnly Start, DateOnly End, bool Coarse, ApiDyadCell AToB, ApiDyadCell BToA, IReadOnlyList<ApiDyadEvent> Events);

public sealed record ApiDyadEvent(bool AToB, ApiEvent Event);

/// <param name="SlopePerYear">Least-squares slope of the yearly Goldstein sum over <paramref name="From"/>–<paramref name="To"/>.</param>
public sealed record ApiDyadTrend(double? SlopePerYear, string Direction, string? From, string? To, double? FirstHalfMean, double? SecondHalfMean);

public sealed record ApiDyadIndex(
    ApiSide A, ApiSide B, string By, IReadOnlyList<ApiDyadPeriod> Periods, ApiDyadCell TotalAToB, ApiDyadCell TotalBToA, ApiDyadTrend Trend,
    int Counted, int NotAsserted, int Undated);

public sealed record ApiNetworkNode(string Id, string Name, int InDegree, int OutDegree, int WeightedIn, int WeightedOut, double Betweenness, int Community);

public sealed record ApiNetworkEdge(string Source, string Target, int Weight, double GoldsteinSum, double GoldsteinMean, string? First, string? Last,
    IReadOnlyList<ApiEvidence> Evidence);

public sealed record ApiNetwork(IReadOnlyList<ApiNetworkNode> Nodes, IReadOnlyList<ApiNetworkEdge> Edges, double Modularity);

public sealed record ApiTrackedClaim(
    string? Date, string Speaker, string? SpeakerId, string Party, string Stance, string Temporal, string Text, string Cue, bool Quoted,
    bool AuthorStatement, string Source, ApiEvidence Evidence)
{
    public static ApiTrackedClaim From(TrackedClaim c) => new(c.Date, c.Speaker, c.SpeakerId, c.Party, c.Stance, c.Temporal, c.Text, c.Cue, c.Quoted,
        c.AuthorStatement, c.Source, ApiEvidence.From(c.Evidence));
}

public sealed record ApiPositionShift(string Party, string Kind, ApiTrackedClaim From, ApiTrackedClaim To);

public sealed record ApiContradiction(ApiTrackedClaim For, ApiTrackedClaim Opposed, int DaysApart);

/// <param name="Claims">The latest <see cref="MaxClaims"/> claims, in time order (<c>relata tracker</c> lists them all).</param>
/// <param name="Changes">The latest <see cref="MaxChanges"/> changes of position, in time order.</param>
/// <param name="Contradictions">The first <see cref="MaxContradictions"/> pairs, in the tracker's order.</param>
/// <param name="ContradictionCount">All pairs: they grow with the square of the sources, so a widely reported proposition
/// would otherwise answer with millions of them. Claims and changes are capped for the same reason: one answer stays a
/// page a browser can render, whatever the size of the corpus.</param>
public sealed record ApiTrackedProposition(
    string Key, string Label, string? Topic, int Documents, IReadOnlyList<ApiTrackedClaim> Claims, int ClaimCount,
    IReadOnlyList<ApiPositionShift> Changes, int ChangeCount, IReadOnlyList<ApiContradiction> Contradictions, int ContradictionCount)
{
    public const int MaxClaims = 100;
    public const int MaxChanges = 50;
    public const int MaxContradictions = 50;

    public static ApiTrackedProposition From(TrackedProposition p) => new(p.Key, p.Label, p.Topic, p.Documents,
        [.. p.Claims.TakeLast(MaxClaims).Select(ApiTrackedClaim.From)], p.Claims.Count,
        [.. p.Changes.TakeLast(MaxChanges).Select(c => new ApiPositionShift(c.Party, c.Kind, ApiTrackedClaim.From(c.From), ApiTrackedClaim.From(c.To)))],
        p.Changes.Count,
        [.. p.Contradictions.Take(MaxContradictions).Select(c => new ApiContradiction(ApiTrackedClaim.From(c.For), ApiTrackedClaim.From(c.Opposed), c.DaysApart))],
        p.Contradictions.Count);
}

public sealed record ApiFigurePoint(string? Period, string? AsOf, double Value, string Unit, bool Approximate, string? Qualifier, double? Change, string Text,
    IReadOnlyList<string> Actors, ApiEvidence Evidence);

public sealed record ApiFigureMeasure(string Measure, string Unit, string Dimension, int Sources, IReadOnlyList<ApiFigurePoint> Points);

public sealed record ApiInstrumentEvidence(string Kind, string Summary, string? Date, int Documents, ApiEvidence Evidence);

public sealed record ApiInstrumentCell(string ActorId, string Topic, int Events, int Claims, ApiInstrumentEvidence Strongest);

public sealed record ApiInstruments(IReadOnlyList<ApiLink> Actors, IReadOnlyList<string> Topics, IReadOnlyList<ApiInstrumentCell> Cells);

public sealed record ApiReportedEvent(ApiEvent Event, int EvidenceCount, int DocumentCount, IReadOnlyList<ApiEvidence> Reports)
{
    public static ApiReportedEvent From(ReportedEvent r) => new(ApiEvent.From(r.Event), r.EvidenceCount, r.DocumentCount,
        [.. r.Evidence.Select(ApiEvidence.From)]);
}

public sealed record ApiSingleSourceProposition(string Key, string Label, string DocumentId, int Claims, ApiEvidence Evidence);

public sealed record ApiDisagreement(string Kind, string Summary, IReadOnlyList<string> Values, IReadOnlyList<ApiEvent> Reports);

public sealed record ApiCorroboration(
    IReadOnlyList<ApiReportedEvent> SingleSourceEvents, IReadOnlyList<ApiReportedEvent> CorroboratedEvents,
    IReadOnlyList<ApiSingleSourceProposition> SingleSourcePropositions, IReadOnlyList<ApiDisagreement> Disagreements);
