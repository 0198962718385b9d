using Relata.Store;

namespace Relata.Events.Merging;

/// <summary>
/// Merges mentions of the same real event, within a document and across documents (docs/formats.md, "Merged events").
/// Same event: the same actors (either direction when the act is joint), a compatible CAMEO code (<see cref="CodeRules"/>:
/// nested codes of one root; "host a visit" is "make a visit" seen from the host), overlapping date windows (<see cref="DateWindow"/>), places that are
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
        Dictionary<Cluster, string>? ids = null;
        for (int i = 0; i < clusters.Count; i++)
            if (clusters[i].AmbiguousWith is { } candidates
                && (ids ??= clusters.Select((c, k) => (c, merged[k].Id)).ToDictionary(x => x.c, x => x.Id)) is not null)
                merged[i] = merged[i] with
                {
                    Conflicts = [.. merged[i].Conflicts, new MergeConflict("identity", ConflictKind.Ambiguous,
                        [.. candidates.Select(c => new ConflictValue(ids[c], [MentionKey(clusters[i].Members[0].Record)]))])],
                };
        return [.. merged.Select(e => (Event: e, First: DateWindow.Parse(e.Representative.Date).First))
            .OrderBy(x => x.First).ThenBy(x => x.Event.Id, StringComparer.Ordinal).Select(x => x.Event)];
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
        if (cluster.Members.Count == 1)
        {
            var only = cluster.Members[0].Record;
            string key = MentionKey(only);
            var record = only with { MergedInto = key };
            return new MergedEvent(key, record, [record], 1, 1, []);
        }
        var members = cluster.Members.Select(m => m.Record)
            .OrderBy(r => r.DocumentDate ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Evidence.Start)
            .ThenBy(r => r.EventId.Length).ThenBy(r => r.EventId, StringComparer.Ordinal)
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
            var source = ActorRef.Of(record.SourceId, record.SourceName, record.SourceCode);
            var target = ActorRef.Of(record.TargetId, record.TargetName, record.TargetCode);
            // "X hosted Y" (043) is "Y visited X" (042) from the other side: compare in the visitor's direction.
            (A, B) = record.Cameo == "043" ? (target, source) : (source, target);
            Root = record.Cameo.Length >= 2 ? record.Cameo[..2] : record.Cameo;
            ModalityClass = record.Modality switch { "hypothetical" => 1, "negated" => 2, _ => 0 };
            FromDocument = record.DateFrom == "document";
            Window = DateWindow.Of(record.Date, record.DateFrom);
            // Without both actors, only a date the text states pins the event down enough to merge it; a document's
            // own date pins nothing when it is vaguer than a month.
            bool both = A.Key.Length > 0 && B.Key.Length > 0, one = A.Key.Length > 0 || B.Key.Length > 0;
            bool identifiable = FromDocument
                ? both && DateWindow.Parse(record.Date).Days <= 31
                : both || (one && Window.Days <= 31);
            if (identifiable)
            {
                string a = A.Coarse, b = B.Coarse;
                bool ordered = string.CompareOrdinal(a, b) <= 0;
                Block = $"{(ordered ? a : b)}|{(ordered ? b : a)}|{Root}|{ModalityClass}";
            }
        }

        public EventRecord Record { get; }
        public ActorRef A { get; }
        public ActorRef B { get; }
        public string Root { get; }
        public int ModalityClass { get; }
        public bool FromDocument { get; }
        public DateWindow Window { get; }
        public string? Block { get; }

        /// <summary>Whether this mention's actors can be <paramref name="other"/>'s, in its direction or, for a joint act, either.</summary>
        public bool SameActors(Mention other) =>
            (A.Fits(other.A) && B.Fits(other.B)) || ((Record.Symmetric || other.Record.Symmetric) && A.Fits(other.B) && B.Fits(other.A));
    }

    /// <summary>
    /// An event participant as the merger compares it. <see cref="State"/> is the country the actor acts for: a country
    /// itself, a body under it ("RUS.SUPCOURT"), or an actor whose CAMEO code places it in that state's government,
    /// military, police, judiciary, legislature or intelligence. A state fits the actors that act for it, so
    /// "Russia" and "Russia's Supreme Court" can report one ruling, while two different ministers never merge.
    /// </summary>
    internal readonly record struct ActorRef(string Key, string? State)
    {
        private static readonly string[] StateSectors = ["GOV", "MIL", "SPY", "JUD", "LEG", "COP"];

        /// <summary>The key merging blocks use: the state when there is one, so every actor of a state shares a block.</summary>
        public string Coarse => State ?? Key;

        public bool IsState => Key.Length == 3 && IsCountryCode(Key);

        public bool Fits(ActorRef other) =>
            Key == other.Key
            || (IsState && other.State == Key) || (other.IsState && State == other.Key)
            || other.Key.StartsWith(Key + ".", StringComparison.Ordinal) || Key.StartsWith(other.Key + ".", StringComparison.Ordinal);

        public static ActorRef Of(string? id, string? name, string? code)
        {
            string key = id ?? (string.IsNullOrWhiteSpace(name) ? "" : "name:" + name.Trim().ToLowerInvariant());
            string? state = null;
            if (key.Length == 3 && IsCountryCode(key)) state = key;
            else if (key.Length > 4 && key[3] == '.' && IsCountryCode(key.AsSpan(0, 3))) state = key[..3];
            else if (code is { Length: 6 } && IsCountryCode(code.AsSpan(0, 3)) && StateSectors.Contains(code[3..])) state = code[..3];
            return new ActorRef(key, state);
        }

        private static bool IsCountryCode(ReadOnlySpan<char> s) => s.Length == 3 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]);
    }

    private sealed class Cluster(Mention first)
    {
        public List<Mention> Members { get; } = [first];
        public HashSet<string> Documents { get; } = [first.Record.Evidence.DocumentId];
        public List<Cluster>? AmbiguousWith { get; init; }
        private DateWindow _window = first.Window;
        private readonly List<Mention> _sides = [first];
        private readonly List<EventRecord> _places = first.Record.Location is null ? [] : [first.Record];

        public bool Accepts(Mention m)
        {
            if (!_window.Overlaps(m.Window)) return false;
            foreach (var side in _sides)
                if (!side.SameActors(m)) return false;
            foreach (var member in Members)
                if (!CodeRules.Compatible(member.Record.Cameo, m.Record.Cameo)) return false;
            foreach (var place in _places)
                if (!PlaceRules.Compatible(place, m.Record)) return false;
            return true;
        }

        public void Add(Mention m)
        {
            Members.Add(m);
            Documents.Add(m.Record.Evidence.DocumentId);
            _window = _window.Intersect(m.Window);
            if (!_sides.Exists(x => x.A.Key == m.A.Key && x.B.Key == m.B.Key && x.Record.Symmetric == m.Record.Symmetric)) _sides.Add(m);
            if (m.Record.Location is { } name && !_places.Exists(p => string.Equals(p.Location, name, StringComparison.OrdinalIgnoreCase)))
                _places.Add(m.Record);
        }
    }
}
