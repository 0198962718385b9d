namespace Relata.Actors.Linking;

internal enum LexKind : byte { Outlet, Name, Acronym, Metonym, Adjective, Demonym, Generic, FamilyName, Title }

/// <summary>One way of writing an actor (or title, or outlet) as a token sequence.</summary>
/// <param name="Key">Actor id, title key or outlet name.</param>
/// <param name="Tokens">The alias as tokens, apostrophes normalised to U+0027.</param>
internal sealed record LexEntry(string Key, LexKind Kind, string[] Tokens)
{
    public bool StartsUpper => Tokens.Length > 0 && Tokens[0].Length > 0 && char.IsUpper(Tokens[0][0]);

    /// <summary>The knowledge base's actor with id <see cref="Key"/>, set when the lexicon is built (null for titles, outlets, sectors).</summary>
    public Actor? Actor { get; internal set; }

    /// <summary>The knowledge base's state of <see cref="Key"/>, set when the lexicon is built.</summary>
    public string? State { get; internal set; }

    /// <summary>For a title entry, the knowledge base's title with key <see cref="Key"/>, set when the lexicon is built.</summary>
    public TitleInfo? Title { get; internal set; }
}

/// <summary>
/// A trie over case-folded tokens. Lookups take spans of the document text, so walking it allocates nothing;
/// case is checked afterwards against each entry's original tokens.
/// </summary>
internal sealed class TokenTrie
{
    public Node Root { get; } = new();
    public int MaxDepth { get; private set; }

    public void Add(IReadOnlyList<string> tokens, LexEntry entry)
    {
        if (tokens.Count == 0) return;
        var node = Root;
        foreach (string t in tokens) node = node.GetOrAdd(t);
        (node.Entries ??= []).Add(entry);
        MaxDepth = Math.Max(MaxDepth, tokens.Count);
    }

    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;
        public List<LexEntry>? Entries { get; set; }

        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private Relata.Text.WordFilter? _filter;

        public Node GetOrAdd(string token)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!_children.TryGetValue(token, out var child))
            {
                _children[token] = child = new Node();
                _lengths |= LengthBit(token.Length);
                _firsts |= token.Length == 0 ? ulong.MaxValue : FirstBit(token[0]);
                _filter = null;
                _small = null;
            }
            return child;
        }

        public bool HasChildren => _children is not null;

        /// <summary>
        /// Whether a text word starting lower-case can be the next token of an entry below: only titles and entries
        /// whose token there starts lower-case can pass the case check with it. Set by <see cref="ComputeNextCanBeLower"/>.
        /// </summary>
        public bool NextCanBeLower { get; private set; } = true;

        /// <param name="depth">How many tokens lead to this node (0 at the root).</param>
        public void ComputeNextCanBeLower(int depth)
        {
            bool can = false;
            if (_children is not null)
                foreach (var child in _children.Values)
                {
                    child.ComputeNextCanBeLower(depth + 1);
                    can |= child.AnyEntry(e => e.Kind == LexKind.Title || e.Tokens.Length <= depth || e.Tokens[depth].Length == 0 || char.IsLower(e.Tokens[depth][0]));
                }
            NextCanBeLower = can;
        }

        private bool AnyEntry(Func<LexEntry, bool> test)
        {
            if (Entries is not null)
                foreach (var e in Entries) if (test(e)) return true;
            if (_children is not null)
                foreach (var child in _children.Values) if (child.AnyEntry(test)) return true;
            return false;
        }

        // The lengths and (ASCII-folded) first letters of the keys: a word of another length or initial is no
        // child, found without hashing it. Set while the trie is built, read-only afterwards.
        private ulong _lengths, _firsts;

        private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

        // A non-ASCII initial sets (or, in a word, passes) every bit: case folding is only sure for ASCII here.
        private static ulong FirstBit(char c) => c >= 128 ? ulong.MaxValue : 1UL << ((c | 0x20) & 63);

        public Node? Child(ReadOnlySpan<char> token)
        {
            if (_children is null || token.IsEmpty) return ChildSlow(token);
            if ((_lengths & LengthBit(token.Length)) == 0 || (_firsts & FirstBit(token[0])) == 0) return null;
            if (_children.Count <= ScanUpTo)
            {
                // A few children (most nodes below the root): comparing lengths first beats hashing the word.
                var small = _small ??= [.. _children];
                for (int k = 0; k < small.Length; k++)
                {
                    string key = small[k].Key;
                    // The text mostly writes a name as the key does: the exact compare settles it without folding case.
                    if (key.Length == token.Length && (token.SequenceEqual(key) || token.Equals(key, StringComparison.OrdinalIgnoreCase))) return small[k].Value;
                }
            }
            else
            {
                if (_children.Count >= FilterFrom && !(_filter ??= BuildFilter()).MayContain(token)) return null;
                if (_lookup.TryGetValue(token, out var c)) return c;
            }
            // Keys hold U+0027 only, so a token with U+2019 can only match once normalised.
            return token.Contains('\u2019') && _children.TryGetValue(token.ToString().Replace('\u2019', '\''), out var n) ? n : null;
        }

        private Node? ChildSlow(ReadOnlySpan<char> token) =>
            _children is not null && _children.TryGetValue(token.ToString(), out var c) ? c : null;

        private const int ScanUpTo = 4;
        private KeyValuePair<string, Node>[]? _small;

        // Only wide nodes (the roots) get a filter: it costs 2 KB, and a lookup that misses there is the common case.
        private const int FilterFrom = 32;

        private Relata.Text.WordFilter BuildFilter()
        {
            var filter = new Relata.Text.WordFilter();
            foreach (string key in _children!.Keys) filter.Add(key);
            return filter;
        }

        private EntryGroups? _groups;

        public IEnumerable<KeyValuePair<string, Node>> Children => _children ?? [];

        /// <summary>
        /// Whether an entry here or below could pass the case check for a text word that starts lower-case: only
        /// titles and aliases that start with that very lower-case letter can. Set by <see cref="ComputeCanStartLower"/>.
        /// </summary>
        public bool CanStartLower { get; private set; } = true;

        public bool ComputeCanStartLower()
        {
            bool can = false;
            if (Entries is not null)
                foreach (var e in Entries)
                    can |= e.Kind == LexKind.Title || e.Tokens.Length > 0 && e.Tokens[0].Length > 0 && char.IsLower(e.Tokens[0][0]);
            if (_children is not null)
                foreach (var child in _children.Values) can |= child.ComputeCanStartLower();
            return CanStartLower = can;
        }

        /// <summary>The entries as an array plus groups of entries whose case check gives the same answer, built on first use.</summary>
        public EntryGroups Groups => _groups ??= new EntryGroups(Entries ?? []);
    }

    /// <summary>
    /// Many entries share a wording ("Foreign Ministry" for every state): the case check depends only on the
    /// wording and on whether the entry is a title or an acronym, so it runs once per group.
    /// </summary>
    internal sealed class EntryGroups
    {
        public EntryGroups(List<LexEntry> entries)
        {
            All = [.. entries];
            GroupOf = new int[All.Length];
            var reps = new List<LexEntry>();
            for (int i = 0; i < All.Length; i++)
            {
                int g = reps.FindIndex(r => SameCaseCheck(r, All[i]));
                if (g < 0) { g = reps.Count; reps.Add(All[i]); }
                GroupOf[i] = g;
            }
            Representatives = [.. reps];
        }

        public LexEntry[] All { get; }
        public int[] GroupOf { get; }
        public LexEntry[] Representatives { get; }

        private static int CaseClass(LexKind k) => k == LexKind.Title ? 0 : k == LexKind.Acronym ? 1 : 2;

        private static bool SameCaseCheck(LexEntry a, LexEntry b) =>
            CaseClass(a.Kind) == CaseClass(b.Kind) && a.Tokens.AsSpan().SequenceEqual(b.Tokens);
    }
}
