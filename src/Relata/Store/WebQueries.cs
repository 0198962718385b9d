namespace Relata.Store;

/// <summary>One page of a longer result: the items and how many match in all.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// Filters shared by the fact queries of the HTTP API. An actor side is a set of actor ids (a state together with
/// its bodies and office holders, when the caller expands it); a null field does not filter.
/// </summary>
/// <param name="Actor">Events: source or target; claims: the speaker or an actor mentioned in the claim's sentence; figures: an actor mentioned in the figure's sentence.</param>
/// <param name="DyadA">With <paramref name="DyadB"/>: events between the two sides in either direction; claims and figures whose sentence involves both.</param>
/// <param name="From">Earliest date (inclusive) as a TIMEX3 prefix: "2021" covers every date in 2021.</param>
/// <param name="To">Latest date (inclusive): "2021-06" includes every day of June 2021.</param>
/// <param name="Code">Events: CAMEO code prefix.</param>
/// <param name="Text">Words in the sentence (events, claims, figures) or measure (figures).</param>
public sealed record FactFilter(
    IReadOnlyList<string>? Actor = null, IReadOnlyList<string>? DyadA = null, IReadOnlyList<string>? DyadB = null, string? Topic = null,
    string? Modality = null, string? From = null, string? To = null, string? Code = null, string? Text = null, bool LocatedOnly = false);

/// <summary>A directed actor pair with its asserted and total event counts.</summary>
public sealed record DyadCount(
    string SourceId, string SourceName, string TargetId, string TargetName, int Events, int Asserted, double GoldsteinSum,
    string? FirstDate, string? LastDate);
