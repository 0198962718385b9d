namespace Relata.Actors.Linking;

/// <summary>
/// The first step of the name and title tries in one table: every word of the text is looked up once for both,
/// behind a filter that rejects most words without hashing them. Also knows, per first word, whether any alias
/// below it can start with a lower-case letter, so an ordinary lower-case word costs one lookup and no walk.
/// </summary>
internal sealed class RootIndex
{
    internal sealed class Entry(TokenTrie.Node? name, TokenTrie.Node? title)
    {
        public TokenTrie.Node? Name { get; } = name;
        public TokenTrie.Node? Title { get; } = title;
    }

    private readonly Dictionary<string, Entry> _first = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;
    private readonly Relata.Text.WordFilter _firstFilter = new();
    private readonly Dictionary<string, TokenTrie.Node> _statePeople = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TokenTrie.Node>.AlternateLookup<ReadOnlySpan<char>> _statePeopleLookup;
    private readonly Relata.Text.WordFilter _statePeopleFilter = new();

    // Lower-case words (most of the text) can only start titles and the few aliases that start lower-case: a
    // small table of those first words stays in cache where the full one does not.
    private readonly Dictionary<string, Entry> _lower = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lowerLookup;
    private readonly Relata.Text.WordFilter _lowerFilter = new();

    public RootIndex(TokenTrie names, TokenTrie titles)
    {
        _lowerLookup = _lower.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstLookup = _first.GetAlternateLookup<ReadOnlySpan<char>>();
        _statePeopleLookup = _statePeople.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, node) in names.Root.Children)
        {
            _first[key] = new Entry(node, null);
            if (node.Entries?.Exists(e => e.Kind is LexKind.Demonym or LexKind.Adjective) == true)
            {
                _statePeople[key] = node;
                _statePeopleFilter.Add(key);
            }
        }
        foreach (var (key, node) in titles.Root.Children)
            _first[key] = new Entry(_first.TryGetValue(key, out var e) ? e.Name : null, node);
        foreach (string key in _first.Keys) _firstFilter.Add(key);
        // Lower-case first words need the lower-case flags of whole subtrees: worked out now, not on first use.
        foreach (var e in _first.Values) e.Name?.ComputeCanStartLower();
        foreach (var node in _statePeople.Values) AnyStatePeopleStartLower |= node.CanStartLower;
        foreach (var (key, e) in _first)
        {
            var name = e.Name is { CanStartLower: true } n ? n : null;
            if (name is null && e.Title is null) continue;
            _lower[key] = new Entry(name, e.Title);
            _lowerFilter.Add(key);
        }
    }

    /// <summary>
    /// Whether any demonym or adjective node can match a word that starts lower-case: when none can (all are
    /// capitalised), a lower-case plural ("officials") can never be a demonym's plural, whatever its stem.
    /// </summary>
    public bool AnyStatePeopleStartLower { get; }

    /// <summary>False when <see cref="First"/> (or <see cref="FirstLower"/>, for a lower-case word) surely finds nothing.</summary>
    public bool MayHave(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) ? _lowerFilter.MayContain(word) : _firstFilter.MayContain(word);

    /// <summary>
    /// For a word that starts lower-case: the title node, and the name node only when an alias below it can start
    /// lower-case (see <see cref="TokenTrie.Node.CanStartLower"/>); null when neither.
    /// </summary>
    public Entry? FirstLower(ReadOnlySpan<char> word)
    {
        if (!_lowerFilter.MayContain(word)) return null;
        if (_lowerLookup.TryGetValue(word, out var e)) return e;
        return word.Contains('\u2019') && _lower.TryGetValue(word.ToString().Replace('\u2019', '\''), out var n) ? n : null;
    }

    /// <summary>The name and title trie nodes for a first word, or null when neither trie has it.</summary>
    public Entry? First(ReadOnlySpan<char> word)
    {
        if (!_firstFilter.MayContain(word)) return null;
        if (_firstLookup.TryGetValue(word, out var e)) return e;
        // Keys hold U+0027 only, so a word with U+2019 can only match once normalised.
        return word.Contains('\u2019') && _first.TryGetValue(word.ToString().Replace('\u2019', '\''), out var n) ? n : null;
    }

    /// <summary>The name trie node for a first word when it holds demonym or adjective entries ("Afghan" of "Afghans").</summary>
    public TokenTrie.Node? StatePeople(ReadOnlySpan<char> word)
    {
        if (!_statePeopleFilter.MayContain(word)) return null;
        if (_statePeopleLookup.TryGetValue(word, out var n)) return n;
        return word.Contains('\u2019') && _statePeople.TryGetValue(word.ToString().Replace('\u2019', '\''), out var m) ? m : null;
    }
}
