using Relata.Store;

namespace Relata.Events.Merging;

/// <summary>The representative details of a merged event and the conflicts between its mentions.</summary>
internal static class MergeDetails
{
    public static EventRecord Representative(EventRecord anchor, IReadOnlyList<EventMerger.Mention> members, string id)
    {
        var records = members.Select(m => m.Record).ToList();
        var dated = records.Where(r => r.Date is not null)
            .OrderBy(r => r.DateFrom == "document").ThenBy(r => DateWindow.Parse(r.Date).Days).FirstOrDefault();
        var placed = records.Where(r => r.Location is not null)
            .OrderByDescending(PlaceRules.Specificity)
            .ThenByDescending(r => records.Count(o => string.Equals(o.Location, r.Location, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault();
        var coded = records.GroupBy(r => r.Cameo)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First();
        var acting = records.OrderByDescending(ActorDetail).ThenBy(r => r == anchor ? 0 : 1).First();
        bool flip = (coded.Cameo == "043") != (acting.Cameo == "043");
        var topics = records.Where(r => !string.IsNullOrEmpty(r.Topics)).SelectMany(r => r.Topics!.Split(','))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return anchor with
        {
            SourceId = flip ? acting.TargetId : acting.SourceId, SourceName = flip ? acting.TargetName : acting.SourceName,
            SourceCode = flip ? acting.TargetCode : acting.SourceCode, TargetId = flip ? acting.SourceId : acting.TargetId,
            TargetName = flip ? acting.SourceName : acting.TargetName, TargetCode = flip ? acting.SourceCode : acting.TargetCode,
            Cameo = coded.Cameo, CameoName = coded.CameoName, Plover = coded.Plover, Mode = coded.Mode,
            Goldstein = coded.Goldstein, QuadClass = coded.QuadClass,
            Date = dated?.Date, DatePrecision = dated?.DatePrecision, DateFrom = dated?.DateFrom,
            Location = placed?.Location, Country = placed?.Country, Lat = placed?.Lat, Lon = placed?.Lon, PlaceId = placed?.PlaceId,
            Modality = records.Any(r => r.Modality == "asserted") ? "asserted" : anchor.Modality,
            Confidence = records.Max(r => r.Confidence),
            Topics = topics.Count == 0 ? null : string.Join(',', topics),
            MergedInto = id,
        };
    }

    public static IReadOnlyList<MergeConflict> Conflicts(IReadOnlyList<EventRecord> members)
    {
        if (members.Count < 2) return [];
        var conflicts = new List<MergeConflict>();
        Add(conflicts, "date", members.Where(r => r.Date is not null),
            r => r.Date!,
            (x, y) => Nest(DateWindow.Parse(x.Date), DateWindow.Parse(y.Date)));
        Add(conflicts, "actors", members, ActorPair, (_, _) => true);
        Add(conflicts, "location", members.Where(r => r.Location is not null), r => r.Location!,
            (x, y) => PlaceRules.Same(x, y) || PlaceRules.IsCountry(x) || PlaceRules.IsCountry(y));
        Add(conflicts, "cameo", members, r => r.Cameo, (x, y) => CodeRules.Nests(x.Cameo, y.Cameo));
        Add(conflicts, "modality", members, r => r.Modality, (_, _) => false);
        return conflicts;
    }

    private static void Add(List<MergeConflict> conflicts, string field, IEnumerable<EventRecord> records, Func<EventRecord, string> value,
        Func<EventRecord, EventRecord, bool> nests)
    {
        var groups = records.GroupBy(value, StringComparer.OrdinalIgnoreCase).ToList();
        if (groups.Count < 2) return;
        bool precision = true;
        for (int i = 0; i < groups.Count && precision; i++)
            for (int j = i + 1; j < groups.Count && precision; j++)
                precision = nests(groups[i].First(), groups[j].First());
        conflicts.Add(new MergeConflict(field, precision ? ConflictKind.Precision : ConflictKind.Detail,
            [.. groups.Select(g => new ConflictValue(g.Key, [.. g.Select(EventMerger.MentionKey)]))]));
    }

    /// <summary>How specific a mention's actors are: a named body or person says more than its state.</summary>
    private static int ActorDetail(EventRecord r) => Detail(r.SourceId, r.SourceName) + Detail(r.TargetId, r.TargetName);

    private static int Detail(string? id, string? name) => id is { Length: 3 } ? 1 : id is not null ? 2 : name is not null ? 1 : 0;

    /// <summary>The actors in the visitor's direction ("043 host" turned round), in name order when the act is joint.</summary>
    private static string ActorPair(EventRecord r)
    {
        string source = r.SourceId ?? r.SourceName ?? "—", target = r.TargetId ?? r.TargetName ?? "—";
        if (r.Cameo == "043") (source, target) = (target, source);
        if (r.Symmetric && string.CompareOrdinal(source, target) > 0) (source, target) = (target, source);
        return $"{source} → {target}";
    }

    private static bool Nest(DateWindow x, DateWindow y) => !x.IsUnknown && !y.IsUnknown && (x.Within(y) || y.Within(x));
}
