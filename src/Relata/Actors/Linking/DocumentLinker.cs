using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Actors.Linking;

/// <summary>
/// Links one document, sentence by sentence, left to right: at each token the longest name (trie) or title
/// match decides which rule runs; rules may consume following tokens (head nouns, titles, names).
/// Each token is looked at a bounded number of times, so the work is linear in the text.
/// </summary>
internal sealed partial class DocumentLinker
{
    private readonly DocumentAnalysis _a;
    private readonly ActorKnowledgeBase _kb;
    private readonly ActorLexicon _lex;
    private readonly ActorLinkingOptions _options;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly bool[] _covered;
    private readonly Dictionary<string, string> _shortForms;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _shortFormLookup;
    /// <summary>The lengths of the keys of <see cref="_shortForms"/>, one bit each (63 for longer ones).</summary>
    private ulong _shortFormLengths;
    private readonly HashSet<string> _mentioned;
    private readonly HashSet<string> _shadowed;
    private readonly List<ActorMention> _mentions;
    private readonly HashSet<string> _distinctActors;
    private readonly MentionTexts _mentionTexts = MentionTexts.ForNewDocument();
    private readonly TokenWordClasses _classes;

    /// <summary>Per-document working sets, kept per thread and cleared for each document (never enumerated, so reuse cannot change order).</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<string, string> ShortForms = new(StringComparer.Ordinal);
        public readonly HashSet<string> Mentioned = new(StringComparer.Ordinal);
        public readonly HashSet<string> Shadowed = new(StringComparer.Ordinal);
        public readonly List<ActorMention> Mentions = [];
        public readonly HashSet<string> DistinctActors = new(StringComparer.Ordinal);

        public Scratch Cleared()
        {
            ShortForms.Clear();
            Mentioned.Clear();
            Shadowed.Clear();
            Mentions.Clear();
            DistinctActors.Clear();
            return this;
        }
    }

    [ThreadStatic] private static Scratch? t_scratch;
    private (string Id, int Sentence)? _lastState;
    private DateOnly? _date;
    private Sentence _sentence = null!;
    private int _start, _end;

    public DocumentLinker(DocumentAnalysis analysis, ActorKnowledgeBase kb, ActorLinkingOptions options)
    {
        _a = analysis;
        _kb = kb;
        _lex = kb.Lexicon;
        _options = options;
        _text = analysis.Text;
        _tokens = analysis.Tokens;
        _covered = new bool[_tokens.Count];
        _classes = TokenWordClasses.ForDocument(_text, _tokens);
        _firstWords = FirstWordCache.For(_lex);
        var scratch = (t_scratch ??= new Scratch()).Cleared();
        _shortForms = scratch.ShortForms;
        _mentioned = scratch.Mentioned;
        _shadowed = scratch.Shadowed;
        _mentions = scratch.Mentions;
        _distinctActors = scratch.DistinctActors;
        _shortFormLookup = _shortForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly record struct Hit(int First, int Last, LexEntry[] Entries, bool Possessive)
    {
        public int Length => Last - First + 1;
    }

    public void Run()
    {
        DateOnly? documentDate = _a.ReferenceDate?.Value ?? _a.Metadata.PublishedDate;
        var paragraphs = _a.Paragraphs;
        var roles = new ActorParagraphRole[paragraphs.Count];
        var custom = _options.ParagraphRole;
        for (int p = 0; p < roles.Length; p++)
            roles[p] = custom is null ? ActorParagraphRoles.Classify(_a, paragraphs[p]) : custom(_a, paragraphs[p]);
        foreach (var sentence in _a.Sentences)
        {
            _sentence = sentence;
            _start = sentence.FirstToken;
            _end = sentence.FirstToken + sentence.TokenCount;
            if (sentence.Paragraph < roles.Length && roles[sentence.Paragraph] != ActorParagraphRole.Body)
            {
                for (int i = _start; i < _end; i++) _covered[i] = true;
                continue;
            }
            _date = _options.SentenceDate?.Invoke(_a, sentence) ?? documentDate;
            ResetMemo();
            LinkSentence();
        }
        // Mentions come out left to right almost always: with every start distinct and in order, the sort has one answer.
        if (!MentionOrder.StrictlyIncreasing(_mentions)) _mentions.Sort(MentionOrder.ByStart);
        _a.Mentions.AddRange(_mentions);
        // Sized once: growing the table step by step allocated several times its final size in every document.
        _distinctActors.Clear();
        foreach (var m in _mentions)
            if (m.Kind == ActorMentionKind.Actor && m.ActorId is not null) _distinctActors.Add(m.ActorId);
        _a.DocumentActors.EnsureCapacity(_a.DocumentActors.Count + _distinctActors.Count);
        foreach (var m in _mentions)
            if (m.Kind == ActorMentionKind.Actor && m.ActorId is not null)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_a.DocumentActors, m.ActorId, out _)++;
        _mentions.Clear();
        if (_options.Candidates)
            Candidates.CandidateFinder.Find(_a, _lex, _covered, roles, _mentionTexts, _classes, _firstWords);
    }

    private void LinkSentence()
    {
        int i = _start;
        while (i < _end)
        {
            if (_covered[i] || _tokens[i].Kind != TokenKind.Word) { i++; continue; }
            if (PlainLowerWord(i)) { i++; continue; }
            if (CannotStartMatch(i)) { i = Math.Max(UnknownNameRule(i), i + 1); continue; }
            // No title starts here when the word is no title's first word and has no possessive to trim.
            var title = FirstAt(i)?.Title is null && Words.PossessiveLength(TokenSpan(i)) == 0 ? null : Longest(_lex.Titles, i);
            var name = NoNameBeforeLowerWord(i) ? null : Longest(_lex.Names, i);
            int next;
            if (title is { } t && (name is null || t.Length > name.Value.Length)) next = TitleRule(t, null, i);
            else if (name is { } n) next = ActorRule(n);
            else next = UnknownNameRule(i);
            i = Math.Max(next, i + 1);
        }
    }

    // The rules ask for the name or title at a token many times over (a name run, then the token itself): within a
    // sentence the answer depends only on the token, so it is worked out once.
    // The memo arrays are kept per thread and reused from document to document (one linker runs at a time per thread).
    [ThreadStatic] private static Hit?[]? t_nameMemo, t_titleMemo;
    [ThreadStatic] private static RootIndex.Entry?[]? t_firstMemo;
    [ThreadStatic] private static byte[]? t_memoState;
    private Hit?[] _nameMemo = t_nameMemo ??= new Hit?[64], _titleMemo = t_titleMemo ??= new Hit?[64];
    private RootIndex.Entry?[] _firstMemo = t_firstMemo ??= new RootIndex.Entry?[64];
    private byte[] _memoState = t_memoState ??= new byte[64];
    private const byte NameKnown = 1, TitleKnown = 2, FirstKnown = 4;

    private void ResetMemo()
    {
        int n = _end - _start;
        if (_memoState.Length < n)
        {
            int size = Math.Max(n, _memoState.Length * 2);
            t_nameMemo = _nameMemo = new Hit?[size];
            t_titleMemo = _titleMemo = new Hit?[size];
            t_firstMemo = _firstMemo = new RootIndex.Entry?[size];
            t_memoState = _memoState = new byte[size];
        }
        else Array.Clear(_memoState, 0, n);
    }

    /// <summary>Longest case-valid match starting at token <paramref name="i"/> within the sentence.</summary>
    private Hit? Longest(TokenTrie trie, int i)
    {
        if (i < _start || i >= _end) return LongestUncached(trie, i);
        int k = i - _start;
        if (ReferenceEquals(trie, _lex.Names))
        {
            if ((_memoState[k] & NameKnown) == 0) { _nameMemo[k] = LongestUncached(trie, i); _memoState[k] |= NameKnown; }
            return _nameMemo[k];
        }
        if (ReferenceEquals(trie, _lex.Titles))
        {
            if ((_memoState[k] & TitleKnown) == 0) { _titleMemo[k] = LongestUncached(trie, i); _memoState[k] |= TitleKnown; }
            return _titleMemo[k];
        }
        return LongestUncached(trie, i);
    }

    /// <summary>The name and title trie nodes for the word at token <paramref name="i"/> (one lookup for both tries).</summary>
    /// <remarks>For a lower-case word, the name node only when an alias below it can start lower-case.</remarks>
    private RootIndex.Entry? FirstAt(int i)
    {
        if (i < _start || i >= _end) return FirstOf(TokenSpan(i));
        int k = i - _start;
        if ((_memoState[k] & FirstKnown) == 0) { _firstMemo[k] = CachedFirst(i); _memoState[k] |= FirstKnown; }
        return _firstMemo[k];
    }

    private readonly FirstWordCache _firstWords;

    private RootIndex.Entry? CachedFirst(int i) => _firstWords.Of(TokenSpan(i));

    private RootIndex.Entry? FirstOf(ReadOnlySpan<char> word) => _firstWords.Of(word);

    /// <summary>
    /// True when no name or title can start at the word (most words): neither trie has it as a first word, and
    /// it has no possessive or plural ending a shorter first word could take. Exactly when both lookups find nothing.
    /// </summary>
    private bool CannotStartMatch(int i)
    {
        if (FirstAt(i) is not null) return false;
        var span = TokenSpan(i);
        // Without a first word, only a shorter first word under a possessive, or a demonym under a plural
        // ending, can start a match: most plurals ("officials", "talks") are ruled out here, not by two walks.
        int p = Words.PossessiveLength(span);
        if (p > 0) return FirstOf(span[..^p]) is null;
        return !(span.Length > 3 && span[^1] == 's') || _lex.FirstWords.StatePeople(span[..^1]) is null;
    }

    /// <summary>
    /// Most words: lower-case (so no unknown name either), no first word of either trie, no possessive and no plural
    /// a demonym could take. <see cref="CannotStartMatch"/> is then true and the unknown-name rule only steps on, so
    /// the loop steps on at once, without the memo.
    /// </summary>
    private bool PlainLowerWord(int i)
    {
        var span = TokenSpan(i);
        if (span.IsEmpty || !char.IsAsciiLetterLower(span[0]) || _lex.FirstWords.MayHave(span)) return false;
        char last = span[^1];
        if (last == 's')
        {
            if (span.Length > 2 && span[^2] is '\'' or '\u2019') return false;
            // "officials": only a demonym under the plural ending could start a match, and a lower-case word
            // matches a demonym only when one can start lower-case (none in the bundled data).
            return span.Length <= 3 || !_lex.FirstWords.AnyStatePeopleStartLower || _lex.FirstWords.StatePeople(span[..^1]) is null;
        }
        return last is not ('S' or '\'' or '\u2019');
    }

    /// <summary>
    /// "the government": a first word that is no name by itself, followed by a lower-case word no alias below it
    /// takes, starts no name (what the walk would find, without it).
    /// </summary>
    private bool NoNameBeforeLowerWord(int i)
    {
        if (FirstAt(i)?.Name is not { Entries: null, NextCanBeLower: false }) return false;
        var span = TokenSpan(i);
        if (Words.PossessiveLength(span) > 0) return false;
        if (i + 1 >= _end) return true;
        var next = TokenSpan(i + 1);
        return next.Length > 0 && char.IsLower(next[0]);
    }

    private Hit? LongestUncached(TokenTrie trie, int i)
    {
        if (i >= _end || _tokens[i].Kind != TokenKind.Word) return null;
        bool names = ReferenceEquals(trie, _lex.Names);
        if (ReferenceEquals(trie, _lex.SectorHeads) && trie.MaxDepth > 0) return SectorHeadAt(i);
        if (!names && !ReferenceEquals(trie, _lex.Titles) || trie.MaxDepth == 0) return Walk(trie.Root, trie.MaxDepth, i, i, null);
        // The first word, as Walk would take it, through the shared first-word table.
        var span = TokenSpan(i);
        // A lower-case word can only start titles and aliases that start lower-case themselves (see CaseMatches).
        bool lower = span.Length > 0 && char.IsLower(span[0]);
        var first = FirstAt(i);
        var child = names ? first?.Name : first?.Title;
        Hit? best = null;
        int p = Words.PossessiveLength(span);
        if (p > 0 && FirstOf(span[..^p]) is { } pf && (names ? pf.Name : pf.Title) is { Entries: not null } pe
            && (!lower || pe.CanStartLower) && Passing(pe, i, i, p) is { Length: > 0 } ok)
            best = new Hit(i, i, ok, true);
        if (child is null)
        {
            // Only demonyms and adjectives take a plural, and only the name trie holds them. A lower-case word's
            // table leaves out name nodes it cannot match, so whether the full trie has the word is asked apart
            // (the walk tries the plural only when it does not).
            if (names && p == 0 && span.Length > 3 && span[^1] == 's' && _lex.FirstWords.StatePeople(span[..^1]) is { Entries: not null } se
                && (!lower || se.CanStartLower && _lex.FirstWords.First(span)?.Name is null)
                && StatePeople(Passing(se, i, i, 1)) is { Length: > 0 } plural)
                best = new Hit(i, i, plural, false);
            return best;
        }
        if (lower && !child.CanStartLower) return best;
        if (child.Entries is not null && Passing(child, i, i, 0) is { Length: > 0 } passing)
            best = new Hit(i, i, passing, false);
        // A leaf (most single-word names) has nothing further to walk: the walk would only find nothing.
        if (!child.HasChildren) return best;
        return Walk(child, trie.MaxDepth, i, i + 1, best, names);
    }

    /// <summary>The longest sector head ("officials", "security forces") at word token <paramref name="i"/>.</summary>
    private Hit? SectorHeadAt(int i)
    {
        var span = TokenSpan(i);
        // A capitalised word fails the case check of every lower-case head unless it starts the sentence: what the
        // walk would find, without its look-ups ("Russia and China": the word after "and" is most often a name).
        if (_lex.SectorHeadsStartLower && span.Length > 0 && !char.IsLower(span[0]) && !IsSentenceInitial(i)) return null;
        // Sector heads are no demonyms, so a plural ending can end none of them.
        return Walk(_lex.SectorHeads.Root, _lex.SectorHeads.MaxDepth, i, i, null, plurals: false);
    }

    /// <summary>The trie walk from <paramref name="node"/> at token <paramref name="from"/> for a match that starts at <paramref name="i"/>.</summary>
    /// <param name="plurals">False for the title trie: it holds no demonyms, so a plural can end no match there.</param>
    private Hit? Walk(TokenTrie.Node node, int maxDepth, int i, int from, Hit? best, bool plurals = true)
    {
        for (int j = from; j < _end && j - i < maxDepth; j++)
        {
            var span = TokenSpan(j);
            // "the government" under "the Kremlin": no entry below takes a lower-case word next.
            if (!node.NextCanBeLower && span.Length > 0 && char.IsLower(span[0])) break;
            var child = node.Child(span);
            int p = Words.PossessiveLength(span);
            // "Russia's" ends a name even when the trie also holds longer aliases that start with "Russia's".
            if (p > 0 && node.Child(span[..^p]) is { Entries: not null } pe && Passing(pe, i, j, p) is { Length: > 0 } ok)
                best = new Hit(i, j, ok, true);
            if (child is null)
            {
                if (plurals && p == 0 && span.Length > 3 && span[^1] == 's' && node.Child(span[..^1]) is { Entries: not null } se
                         && StatePeople(Passing(se, i, j, 1)) is { Length: > 0 } plural)
                    best = new Hit(i, j, plural, false);
                break;
            }
            node = child;
            if (node.Entries is not null && Passing(node, i, j, 0) is { Length: > 0 } passing)
                best = new Hit(i, j, passing, false);
            if (!node.HasChildren) break;
        }
        return best;
    }

    private ReadOnlySpan<char> TokenSpan(int j)
    {
        var token = _tokens[j];
        return _text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>The node's entries whose case fits the text, in entry order; the node's own array when all fit.</summary>
    private LexEntry[] Passing(TokenTrie.Node node, int first, int last, int trimLast)
    {
        var groups = node.Groups;
        var reps = groups.Representatives;
        // Most nodes hold one wording: all entries pass or none do.
        if (reps.Length == 1)
            return reps[0].Tokens.Length == last - first + 1 && CaseMatches(reps[0], first, trimLast) ? groups.All : [];
        return PassingGroups(groups, first, last, trimLast);
    }

    // Apart from the common case: a method with stackalloc is compiled once, fully, without profile-guided tiering.
    private LexEntry[] PassingGroups(TokenTrie.EntryGroups groups, int first, int last, int trimLast)
    {
        var reps = groups.Representatives;
        Span<bool> ok = reps.Length <= 64 ? stackalloc bool[reps.Length] : new bool[reps.Length];
        int passing = 0;
        for (int g = 0; g < reps.Length; g++)
            if (ok[g] = reps[g].Tokens.Length == last - first + 1 && CaseMatches(reps[g], first, trimLast)) passing++;
        if (passing == 0) return [];
        if (passing == reps.Length) return groups.All;
        int count = 0;
        foreach (int g in groups.GroupOf) if (ok[g]) count++;
        var result = new LexEntry[count];
        count = 0;
        for (int e = 0; e < groups.All.Length; e++) if (ok[groups.GroupOf[e]]) result[count++] = groups.All[e];
        return result;
    }

    /// <summary>Only the demonym and adjective entries ("Afghans" as the plural of "Afghan").</summary>
    private static LexEntry[] StatePeople(LexEntry[] entries)
    {
        int count = 0;
        foreach (var e in entries) if (e.Kind is LexKind.Demonym or LexKind.Adjective) count++;
        if (count == 0) return [];
        var result = new LexEntry[count];
        count = 0;
        foreach (var e in entries) if (e.Kind is LexKind.Demonym or LexKind.Adjective) result[count++] = e;
        return result;
    }

    /// <summary>
    /// Acronyms match exactly; other aliases match as written, in ALL CAPS when they start upper-case, and with a
    /// capitalised first word at the start of a sentence.
    /// </summary>
    private bool CaseMatches(LexEntry e, int first, int trimLast)
    {
        if (e.Kind == LexKind.Title) return true;
        for (int k = 0; k < e.Tokens.Length; k++)
        {
            var s = TokenSpan(first + k);
            if (k == e.Tokens.Length - 1) s = s[..^trimLast];
            string t = e.Tokens[k];
            if (Same(s, t)) continue;
            if (e.Kind == LexKind.Acronym) return false;
            if (e.StartsUpper && Words.IsAllCaps(s) && s.Length > 1 && s.Equals(t, StringComparison.OrdinalIgnoreCase)) continue;
            if (k == 0 && char.IsLower(t[0]) && IsSentenceInitial(first) && s.Length == t.Length
                && s[0] == char.ToUpperInvariant(t[0]) && Same(s[1..], t.AsSpan(1))) continue;
            return false;
        }
        return true;
    }

    private static bool Same(ReadOnlySpan<char> text, ReadOnlySpan<char> alias)
    {
        if (text.Length != alias.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char a = text[i], b = alias[i];
            if (a != b && !(a == '\u2019' && b == '\'')) return false;
        }
        return true;
    }

    private bool IsSentenceInitial(int i)
    {
        if (i <= _start) return true;
        var prev = _tokens[i - 1];
        return prev.Kind == TokenKind.Punctuation && _text[prev.Start] is '"' or '\u201C' or '\u2018' or '\'' or '(' or ':' or '\u2014' or '\u2013' or '-' or '\u2022';
    }

    private bool IsWord(int i, string word) => i >= _start && i < _end && TokenSpan(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsCapitalisedWord(int i) => i >= _start && i < _end && _tokens[i].Kind == TokenKind.Word && Words.IsCapitalised(TokenSpan(i));

    private void Cover(int first, int last)
    {
        for (int i = first; i <= last && i < _covered.Length; i++) _covered[i] = true;
    }

    private TextSpan SpanOf(int first, int last, bool trimPossessive)
    {
        int end = _tokens[last].End;
        if (trimPossessive) end -= Words.PossessiveLength(TokenSpan(last));
        return new TextSpan(_tokens[first].Start, end);
    }
}
