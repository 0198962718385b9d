using Relata.Store;

namespace Relata.Events.Merging;

/// <summary>
/// Merges mentions of the same real event, within a document and across documents (docs/formats.md, "Merged events").
/// Same event: the same actors (either direction when the act is joint), a compatible CAMEO code (same root; "host a
/// visit" is "make a visit" seen from the host), overlapping date windows (<see cref="DateWindow"/>), places that are
/// not demonstrably different, and the same kind of modality (a plan never merges with a deed).
/// Mentions are grouped into blocks by actor pair, root and modality, so the work grows with the size of a block,
/// not of the corpus.
/// </summary>
public static class EventMerger
{
    /// <summary>The corpus-wide key of one mention: "documentId:eventId".</summary>
    public static string MentionKey(EventRecord e) => e.Evidence.DocumentId + ":" + e.EventId;

    /// <summary>
    /// The block a mention is merged within: its actor pair (unordered), CAMEO root and kind of modality, as one string;
    /// null when the mention says too little to merge (no actor, or a lone actor without a stated date of a month or less).
    /// Mentions of one real event always share a block, so a store can re-merge one block without the rest.
    /// </summary>
    public static string? BlockKey(EventRecord e) => new Mention(e).Block;

    public static IReadOnlyList<MergedEvent> Merge(IEnumerable<EventRecord> events)
    {
        var clusters = new List<Cluster>();
        var blocks = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var record in events)
        {
            var m = new Mention(record);
            if (m.Block is not { } key) { clusters.Add(new Cluster(m)); continue; }
            if (!blocks.TryGetValue(key, out var block)) blocks[key] = block = [];
            block.Add(m);
        }
        foreach (var block in blocks.Values) ClusterBlock(block, clusters);
        var merged = clusters.Select(Build).ToList();
        var ids = clusters.Select((c, i) => (c, merged[i].Id)).ToDictionary(x => x.c, x => x.Id);
        for (int i = 0; i < clusters.Count; i++)
            if (clusters[i].AmbiguousWith is { } candidates)
                merged[i] = merged[i] with
                {
                    Conflicts = [.. merged[i].Conflicts, new MergeConflict("identity", ConflictKind.Ambiguous,
                        [.. candidates.Select(c => new ConflictValue(ids[c], [MentionKey(clusters[i].Members[0].Record)]))])],
                };
        return [.. merged.OrderBy(e => DateWindow.Parse(e.Representative.Date).First).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static void ClusterBlock(List<Mention> block, List<Cluster> clusters)
    {
        // Most precise first, so a vague mention ("April") meets the precise events it could be ("3 April", "17 April")
        // as separate clusters and is not the one that glues them together.
        block.Sort(static (x, y) =>
        {
            int c = x.FromDocument.CompareTo(y.FromDocument);
            if (c == 0) c = x.Window.Days.CompareTo(y.Window.Days);
            if (c == 0) c = x.Window.First.CompareTo(y.Window.First);
            if (c == 0) c = string.CompareOrdinal(x.Record.Evidence.DocumentId, y.Record.Evidence.DocumentId);
            return c != 0 ? c : x.Record.Evidence.Start.CompareTo(y.Record.Evidence.Start);
        });
        var local = new List<Cluster>();
        var candidates = new List<Cluster>();
        foreach (var m in block)
        {
            candidates.Clear();
            foreach (var c in local) if (c.Accepts(m)) candidates.Add(c);
            if (candidates.Count > 1)
            {
                var sameDocument = candidates.Where(c => c.Documents.Contains(m.Record.Evidence.DocumentId)).ToList();
                if (sameDocument.Count == 1) { candidates.Clear(); candidates.Add(sameDocument[0]); }
            }
            if (candidates.Count == 1) { candidates[0].Add(m); continue; }
            var cluster = new Cluster(m) { AmbiguousWith = candidates.Count > 1 ? [.. candidates] : null };
            local.Add(cluster);
        }
        clusters.AddRange(local);
    }

    private static MergedEvent Build(Cluster cluster)
    {
        var members = cluster.Members.Select(m => m.Record)
            .OrderBy(r => r.DocumentDate ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Evidence.Start).ThenBy(r => r.EventId, StringComparer.Ordinal)
            .ToList();
        var anchor = members[0];
        string id = MentionKey(anchor);
        var representative = MergeDetails.Representative(anchor, cluster.Members, id);
        int outlets = members.Where(r => string.IsNullOrWhiteSpace(r.Outlet)).Select(r => r.Evidence.DocumentId).Distinct().Count()
                      + members.Where(r => !string.IsNullOrWhiteSpace(r.Outlet)).Select(r => r.Outlet!.Trim().ToLowerInvariant()).Distinct().Count();
        return new MergedEvent(id, representative, [.. members.Select(r => r with { MergedInto = id })], cluster.Documents.Count, outlets,
            MergeDetails.Conflicts(members));
    }

    /// <summary>A mention with the keys the rules compare, computed once.</summary>
    internal sealed class Mention
    {
        public Mention(EventRecord record)
        {
            Record = record;
            string source = ActorKey(record.SourceId, record.SourceName), target = ActorKey(record.TargetId, record.TargetName);
            // "X hosted Y" (043) is "Y visited X" (042) from the other side: compare in the visitor's direction.
            (A, B) = record.Cameo == "043" ? (target, source) : (source, target);
            Root = record.Cameo.Length >= 2 ? record.Cameo[..2] : record.Cameo;
            ModalityClass = record.Modality switch { "hypothetical" => 1, "negated" => 2, _ => 0 };
            FromDocument = record.DateFrom == "document";
            Window = DateWindow.Of(record.Date, record.DateFrom);
            // Without both actors, only a date the text states pins the event down enough to merge it.
            bool identifiable = (A.Length > 0 && B.Length > 0) || ((A.Length > 0 || B.Length > 0) && !FromDocument && Window.Days <= 31);
            if (identifiable)
            {
                bool ordered = string.CompareOrdinal(A, B) <= 0;
                Block = $"{(ordered ? A : B)}|{(ordered ? B : A)}|{Root}|{ModalityClass}";
            }
        }

        public EventRecord Record { get; }
        public string A { get; }
        public string B { get; }
        public string Root { get; }
        public int ModalityClass { get; }
        public bool FromDocument { get; }
        public DateWindow Window { get; }
        public string? Block { get; }

        private static string ActorKey(string? id, string? name) =>
            id ?? (string.IsNullOrWhiteSpace(name) ? "" : "name:" + name.Trim().ToLowerInvariant());
    }

    private sealed class Cluster(Mention first)
    {
        public List<Mention> Members { get; } = [first];
        public HashSet<string> Documents { get; } = [first.Record.Evidence.DocumentId];
        public List<Cluster>? AmbiguousWith { get; init; }
        private DateWindow _window = first.Window;
        private (string A, string B)? _direction = first.Record.Symmetric ? null : (first.A, first.B);
        private readonly List<EventRecord> _places = first.Record.Location is null ? [] : [first.Record];

        public bool Accepts(Mention m)
        {
            if (!m.Record.Symmetric && _direction is { } d && (d.A != m.A || d.B != m.B)) return false;
            if (!_window.Overlaps(m.Window)) return false;
            foreach (var place in _places)
                if (!PlaceRules.Compatible(place, m.Record)) return false;
            return true;
        }

        public void Add(Mention m)
        {
            Members.Add(m);
            Documents.Add(m.Record.Evidence.DocumentId);
            _window = _window.Intersect(m.Window);
            if (m.Record.Location is { } name && !_places.Exists(p => string.Equals(p.Location, name, StringComparison.OrdinalIgnoreCase)))
                _places.Add(m.Record);
            if (!m.Record.Symmetric) _direction ??= (m.A, m.B);
        }
    }
}
