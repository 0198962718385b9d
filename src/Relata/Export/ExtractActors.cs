using Relata.Actors;
using Relata.Pipeline;

namespace Relata.Export;

/// <param name="Role">The role the actor held at the date that applies to the mention, e.g. "Foreign Minister (RUS.MFA)".</param>
public sealed record ExtractActorRef(string Id, string Name, string Type, string? Code, string? Country, string? Role);

/// <param name="Kind">actor, place or candidate.</param>
/// <param name="Rule">Which linking rule produced it (name, metonym, title+name, short-form, sector…).</param>
public sealed record ExtractMention(
    int Start, int End, string Text, int Sentence, string Kind, ExtractActorRef? Actor, string? Date, double Confidence, string Rule,
    string? CandidateType);

/// <param name="Mentions">How many actor mentions of it the document has.</param>
public sealed record ExtractDocumentActor(string Id, string Name, string Type, string? Code, int Mentions, bool New);

public sealed record ExtractCandidate(string Name, string Type, int Count, IReadOnlyList<int> Examples);

public static class ExtractActorsMapper
{
    internal static ExtractActorRef Map(ActorSnapshot a) =>
        new(a.Id, a.Name, Name(a.Type), a.Code, a.Country, a.Role);

    internal static ExtractMention Map(ActorMention m) => new(
        m.Span.Start, m.Span.End, m.Text, m.Sentence, m.Kind.ToString().ToLowerInvariant(),
        m.Actor is { } a ? Map(a) : null, m.Date is { } d ? ExtractMapper.IsoDate(d) : null, Math.Round(m.Confidence, 3), m.Rule,
        m.Kind == ActorMentionKind.Candidate ? m.CandidateType.ToString().ToLowerInvariant() : null);

    internal static IReadOnlyList<ExtractDocumentActor> DocumentActors(DocumentAnalysis analysis)
    {
        var newIds = analysis.NewActors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var snapshots = analysis.Mentions.Where(m => m.Actor is not null).GroupBy(m => m.ActorId!).ToDictionary(g => g.Key, g => g.First().Actor!);
        return [.. analysis.DocumentActors
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => snapshots.GetValueOrDefault(kv.Key) is { } s
                ? new ExtractDocumentActor(kv.Key, s.Name, Name(s.Type), s.Code, kv.Value, newIds.Contains(kv.Key))
                : new ExtractDocumentActor(kv.Key, kv.Key, "unknown", null, kv.Value, newIds.Contains(kv.Key)))];
    }

    internal static ExtractCandidate Map(CandidateSummary c) =>
        new(c.Name, c.Type.ToString().ToLowerInvariant(), c.Count, [.. c.Examples.Select(e => e.Start)]);

    /// <summary>The type name used in every output: state, historical_state, armed_group, person, …</summary>
    public static string Name(ActorType type) => type switch
    {
        ActorType.HistoricalState => "historical_state",
        ActorType.ArmedGroup => "armed_group",
        _ => type.ToString().ToLowerInvariant(),
    };
}
