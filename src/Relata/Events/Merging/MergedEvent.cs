using Relata.Store;

namespace Relata.Events.Merging;

/// <summary>
/// One real event and every report of it. <see cref="Representative"/> is the anchor mention with the most precise
/// agreed details filled in (date, place, code); <see cref="Mentions"/> keeps every report as evidence.
/// </summary>
/// <param name="Id">Stable id: the key of the first-published mention, "documentId:eventId" (<see cref="EventMerger.MentionKey"/>).</param>
/// <param name="Documents">Distinct documents reporting it.</param>
/// <param name="Outlets">Independent sources: distinct outlets, counting each document without a known outlet as its own source.</param>
/// <param name="Conflicts">Details the mentions disagree on, kept side by side, never averaged.</param>
public sealed record MergedEvent(
    string Id, EventRecord Representative, IReadOnlyList<EventRecord> Mentions, int Documents, int Outlets,
    IReadOnlyList<MergeConflict> Conflicts);

/// <summary>Kinds of <see cref="MergeConflict"/>.</summary>
public static class ConflictKind
{
    /// <summary>The values nest: one is a less precise form of another ("2025-04" and "2025-04-17"; Afghanistan and Kabul; 040 and 042).</summary>
    public const string Precision = "precision";
    /// <summary>The values differ but the mentions still describe one event (overlapping dates, asserted and alleged, 042 and 043).</summary>
    public const string Detail = "detail";
    /// <summary>The mention fits several events equally well and was kept apart; the values are the candidate event ids.</summary>
    public const string Ambiguous = "ambiguous";
}

/// <param name="Field">date, location, cameo, modality or identity.</param>
/// <param name="Kind">One of <see cref="ConflictKind"/>.</param>
public sealed record MergeConflict(string Field, string Kind, IReadOnlyList<ConflictValue> Values);

/// <param name="Mentions">Keys (<see cref="EventMerger.MentionKey"/>) of the mentions that give this value.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<string> Mentions);
