namespace Relata.Actors.Linking;

internal enum LexKind : byte { Outlet, Name, Acronym, Metonym, Adjective, Demonym, Generic, FamilyName, Title }

/// <summary>One way of writing an actor (or title, or outlet) as a token sequence.</summary>
/// <param name="Key">Actor id, title key or outlet name.</param>
/// <param name="Tokens">The alias as tokens, apostrophes normalised to U+0027.</param>
internal sealed record LexEntry(string Key, LexKind Kind, string[] Tokens)
{
    public bool StartsUpper => Tokens.Length > 0 && Tokens[0].Length > 0 && char.IsUpper(Tokens[0][0]);
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

        public Node GetOrAdd(string token)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!_children.TryGetValue(token, out var child)) _children[token] = child = new Node();
            return child;
        }

        public Node? Child(ReadOnlySpan<char> token)
        {
            if (_children is null) return null;
            if (token.Contains('\u2019'))
                return _children.TryGetValue(token.ToString().Replace('\u2019', '\''), out var n) ? n : null;
            return _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var c) ? c : null;
        }
    }
}
