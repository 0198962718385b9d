namespace Relata.Claims.Propositions;

/// <summary>One claim's proposition as seen in the corpus: which document, when, and who said it.</summary>
/// <param name="Speaker">Speaker id (or name when unlinked).</param>
public sealed record PropositionObservation(string DocumentId, DateOnly? Date, string Speaker, ClaimProposition Proposition)
{
    /// <summary>Who holds the position: the holder itself when the speaker speaks for it (a ministry spokesperson
    /// on her state's policy), else the speaker.</summary>
    public string Party => Proposition.SpeakerActorId is { } s && s == Proposition.HolderId ? s : Speaker;
}

public enum PositionChangeKind : byte
{
    /// <summary>The party's stance changed (against → for, hedged → against, …).</summary>
    StanceChanged,
    /// <summary>Still "for", but what was future is now said to have happened.</summary>
    Realised,
}

public sealed record PositionChange(string Party, PropositionObservation From, PropositionObservation To, PositionChangeKind Kind);

/// <summary>Two parties with opposing stances on the same proposition within the tracker's time window.</summary>
public sealed record PropositionContradiction(PropositionObservation For, PropositionObservation Opposed, int DaysApart);

/// <param name="Observations">In date order (undated last), then document and sentence order.</param>
public sealed record PropositionGroup(string Key, string Label, IReadOnlyList<PropositionObservation> Observations,
    IReadOnlyList<PositionChange> PositionChanges, IReadOnlyList<PropositionContradiction> Contradictions);

public sealed record PropositionTrackerOptions
{
    /// <summary>How far apart two dated claims may be and still count as contradicting each other.</summary>
    public int ContradictionWindowDays { get; init; } = 180;
}

/// <summary>Groups propositions across documents and finds position changes and contradictions. Pure.</summary>
public static class PropositionTracker
{
    public static IReadOnlyList<PropositionGroup> Group(
        IEnumerable<(string DocumentId, DateOnly? Date, string Speaker, ClaimProposition Proposition)> claims,
        PropositionTrackerOptions? options = null) =>
        Group(claims.Select(c => new PropositionObservation(c.DocumentId, c.Date, c.Speaker, c.Proposition)), options);

    public static IReadOnlyList<PropositionGroup> Group(IEnumerable<PropositionObservation> observations, PropositionTrackerOptions? options = null)
    {
        options ??= new PropositionTrackerOptions();
        return observations
            .GroupBy(o => o.Proposition.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(o => o.Date ?? DateOnly.MaxValue)
                    .ThenBy(o => o.DocumentId, StringComparer.Ordinal)
                    .ThenBy(o => o.Proposition.Sentence)
                    .ToList();
                string label = ordered.GroupBy(o => o.Proposition.Label).OrderByDescending(l => l.Count()).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
                return new PropositionGroup(g.Key, label, ordered, Changes(ordered), Contradictions(ordered, options.ContradictionWindowDays));
            })
            .OrderByDescending(g => g.Observations.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static List<PositionChange> Changes(List<PropositionObservation> ordered)
    {
        var changes = new List<PositionChange>();
        foreach (var party in ordered.Where(o => o.Date is not null).GroupBy(o => o.Party, StringComparer.Ordinal))
        {
            PropositionObservation? previous = null;
            foreach (var o in party)
            {
                if (previous is not null && o.Date > previous.Date)
                {
                    var (a, b) = (previous.Proposition, o.Proposition);
                    if (a.Stance != b.Stance) changes.Add(new PositionChange(party.Key, previous, o, PositionChangeKind.StanceChanged));
                    else if (a.Stance == PropositionStance.For && a.Temporal == PropositionTemporal.Future && b.Temporal == PropositionTemporal.Past)
                        changes.Add(new PositionChange(party.Key, previous, o, PositionChangeKind.Realised));
                }
                // A party repeating itself within one day keeps the first of that day as the reference.
                if (previous is null || o.Date > previous.Date) previous = o;
            }
        }
        return [.. changes.OrderBy(c => c.To.Date)];
    }

    private static List<PropositionContradiction> Contradictions(List<PropositionObservation> ordered, int window)
    {
        var found = new List<PropositionContradiction>();
        var dated = ordered.Where(o => o.Date is not null).ToList();
        foreach (var pro in dated.Where(o => o.Proposition.Stance == PropositionStance.For))
            foreach (var con in dated.Where(o => o.Proposition.Stance != PropositionStance.For))
            {
                if (string.Equals(pro.Party, con.Party, StringComparison.Ordinal)) continue;
                int days = Math.Abs(pro.Date!.Value.DayNumber - con.Date!.Value.DayNumber);
                if (days <= window) found.Add(new PropositionContradiction(pro, con, days));
            }
        return found;
    }
}
