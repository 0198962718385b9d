using Relata.Documents;
using Relata.Text;

namespace Relata.Topics;

/// <summary>
/// Tags sentences with the policy areas their words belong to. All areas share one token trie,
/// matched leftmost-longest, so a sentence costs one pass. Thread-safe once built.
/// </summary>
public sealed class TopicTagger
{
    private enum TermKind : byte { Main, Context, Negative }

    private readonly record struct Entry(int Area, TermKind Kind, string Term);

    private static readonly Lazy<TopicTagger> BundledTagger = new(() => new TopicTagger(TopicLexicon.Bundled));

    private readonly PhraseMatcher<Entry> _matcher = new(stem: true);
    private readonly IReadOnlyList<TopicArea> _areas;
    private readonly int _areaCount;

    public TopicTagger(TopicLexicon lexicon)
    {
        _areas = lexicon.Areas;
        _areaCount = _areas.Count;
        for (int a = 0; a < _areas.Count; a++)
        {
            foreach (var t in _areas[a].Terms) _matcher.Add(t, new Entry(a, TermKind.Main, t));
            foreach (var t in _areas[a].ContextTerms) _matcher.Add(t, new Entry(a, TermKind.Context, t));
            foreach (var t in _areas[a].NegativeTerms) _matcher.Add(t, new Entry(a, TermKind.Negative, t));
        }
    }

    public static TopicTagger Bundled => BundledTagger.Value;

    /// <summary>Tags a span of free text (tokenised here).</summary>
    public IReadOnlyList<TopicTag> Tag(string text, TextSpan span)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, span, tokens);
        return Tag(text, tokens, 0, tokens.Count);
    }

    public IReadOnlyList<TopicTag> Tag(string text) => Tag(text, new TextSpan(0, text.Length));

    /// <summary>Tags tokens [first, first+count) of an already tokenised text.</summary>
    public IReadOnlyList<TopicTag> Tag(string text, List<Token> tokens, int first, int count)
    {
        if (count == 0) return [];
        // Word ids on the stack for ordinary sentences: a shared pool costs a thread-local lookup per sentence.
        Span<int> ids = count <= StackTokens ? stackalloc int[StackTokens] : new int[count];
        ids = ids[..count];
        _matcher.MapTokens(text, tokens, first, count, ids);
        var matches = t_matches ??= [];
        CollectMatches(ids, matches);
        return matches.Count == 0 ? [] : BuildTags(tokens, first, matches);
    }

    /// <summary>The longest phrase at each position, left to right, skipping the words a match covers.</summary>
    private void CollectMatches(ReadOnlySpan<int> ids, List<PhraseMatch<Entry>> matches)
    {
        matches.Clear();
        for (int i = 0; i < ids.Length;)
        {
            if (ids[i] >= 0 && _matcher.TryMatchAt(ids, i, out var m))
            {
                matches.Add(m);
                i += m.TokenCount;
            }
            else i++;
        }
    }

    private const int StackTokens = 256;

    [ThreadStatic] private static List<PhraseMatch<Entry>>? t_matches;
    [ThreadStatic] private static int[]? t_ids;

    /// <summary>Tags every sentence of an analysed document: the document's word ids are mapped in one pass.</summary>
    internal void TagSentences(string text, List<Token> tokens, List<Sentence> sentences, List<SentenceTopics> into)
    {
        int total = tokens.Count;
        var ids = t_ids is { } kept && kept.Length >= total ? kept : new int[Math.Max(total, 1024)];
        _matcher.MapTokens(text, tokens, 0, total, ids);
        var matches = t_matches ??= [];
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount == 0) continue;
            CollectMatches(ids.AsSpan(sentence.FirstToken, sentence.TokenCount), matches);
            if (matches.Count == 0) continue;
            var tags = BuildTags(tokens, sentence.FirstToken, matches);
            if (tags.Count > 0) into.Add(new SentenceTopics(sentence.Index, tags));
        }
        // A long document's array is let go; ordinary ones are reused.
        t_ids = ids.Length <= 1 << 16 ? ids : null;
    }

    [ThreadStatic] private static List<TopicTrigger>?[]? t_byArea;

    // The matcher keeps every node's values in a List: read as spans, without an enumerator per match.
    private static ReadOnlySpan<Entry> ValuesOf(PhraseMatch<Entry> m) =>
        m.Values is List<Entry> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : m.Values.ToArray();

    private IReadOnlyList<TopicTag> BuildTags(List<Token> tokens, int first, List<PhraseMatch<Entry>> matches)
    {
        int areaCount = _areaCount;
        // First pass: which areas have a main term (an area's second entry on the same words does not count).
        Span<bool> hasMain = areaCount <= 64 ? stackalloc bool[areaCount] : new bool[areaCount];
        Span<int> lastMatch = areaCount <= 64 ? stackalloc int[areaCount] : new int[areaCount];
        lastMatch.Fill(-1);
        bool any = false;
        var matchSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches);
        for (int k = 0; k < matchSpan.Length; k++)
        {
            var values = ValuesOf(matchSpan[k]);
            foreach (ref readonly var entry in values)
            {
                if (entry.Kind == TermKind.Negative || IsNegated(values, entry.Area) || lastMatch[entry.Area] == k) continue;
                lastMatch[entry.Area] = k;
                if (entry.Kind == TermKind.Main) hasMain[entry.Area] = any = true;
            }
        }
        if (!any) return [];
        // Per-area trigger lists are collected in a reused array: only the lists themselves end up in the tags.
        var byArea = t_byArea is { } kept && kept.Length >= areaCount ? kept : t_byArea = new List<TopicTrigger>?[areaCount];
        foreach (ref readonly var m in matchSpan)
        {
            var span = new TextSpan(tokens[first + m.StartToken].Start, tokens[first + m.StartToken + m.TokenCount - 1].End);
            var values = ValuesOf(m);
            foreach (ref readonly var entry in values)
            {
                if (!hasMain[entry.Area] || entry.Kind == TermKind.Negative || IsNegated(values, entry.Area)) continue;
                var list = byArea[entry.Area] ??= [];
                if (list.Count > 0 && list[^1].Span == span) continue;
                list.Add(new TopicTrigger(entry.Term, span, entry.Kind == TermKind.Context));
            }
        }
        int count = 0;
        for (int a = 0; a < areaCount; a++)
            if (hasMain[a]) count++;
        var tags = new List<TopicTag>(count);
        for (int a = 0; a < areaCount; a++)
            if (hasMain[a]) tags.Add(new TopicTag(_areas[a], byArea[a]!));
        Array.Clear(byArea, 0, areaCount);
        return tags;
    }

    private static bool IsNegated(ReadOnlySpan<Entry> values, int area)
    {
        for (int i = 0; i < values.Length; i++)
            if (values[i].Area == area && values[i].Kind == TermKind.Negative) return true;
        return false;
    }
}
