using Relata.Actors.Linking;
using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Actors.Candidates;

/// <summary>
/// Capitalised names the linker left alone: kept as candidate mentions with a type guess so analysts can
/// extend the knowledge base. Sentence-initial single words, months, weekdays, outlets and titles are not names.
/// </summary>
internal static class CandidateFinder
{
    private static readonly SpanWordSet Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "al", "on" };

    /// <summary>The known type guessed most often; on a tie the one guessed first; Unknown when none is known.</summary>
    private static CandidateType MostCommonType(List<ActorMention> mentions)
    {
        Span<int> count = stackalloc int[4];
        Span<int> firstSeen = stackalloc int[4];
        for (int k = 0; k < mentions.Count; k++)
        {
            int t = (int)mentions[k].CandidateType;
            if (t == (int)CandidateType.Unknown) continue;
            if (count[t]++ == 0) firstSeen[t] = k;
        }
        CandidateType best = CandidateType.Unknown;
        for (int t = 1; t < 4; t++)
        {
            if (count[t] == 0) continue;
            if (best == CandidateType.Unknown || count[t] > count[(int)best] || count[t] == count[(int)best] && firstSeen[t] < firstSeen[(int)best])
                best = (CandidateType)t;
        }
        return best;
    }

    public static void Find(DocumentAnalysis a, ActorLexicon lex, bool[] covered, ActorParagraphRole[] roles, MentionTexts texts, TokenWordClasses classes, FirstWordCache firstWords)
    {
        string text = a.Text;
        var tokens = a.Tokens;
        var found = new List<ActorMention>();
        var tokenSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        foreach (var s in a.Sentences)
        {
            if (s.Paragraph < roles.Length && roles[s.Paragraph] != ActorParagraphRole.Body) continue;
            if (s.Paragraph < a.Paragraphs.Count && IsHeading(a.Paragraphs[s.Paragraph].Span)) continue;
            int end = s.FirstToken + s.TokenCount;
            int i = s.FirstToken;
            while (i < end)
            {
                // Most tokens are covered, no words or lower-case: turned away here, before the full test.
                ref readonly var t = ref tokenSpan[i];
                if (covered[i] || t.Kind != TokenKind.Word || t.End <= t.Start || !char.IsUpper(text[t.Start]) || !IsNameWord(i)) { i++; continue; }
                int first = i, last = i;
                int k = i + 1;
                while (k < end)
                {
                    if (Words.PossessiveLength(Word(k - 1)) > 0) break;
                    if (IsNameWord(k)) { last = k; k++; continue; }
                    if (Words.Has(Connectors, Word(k)) && k + 1 < end && IsNameWord(k + 1)) { k++; continue; }
                    break;
                }
                i = last + 1;
                if (first == s.FirstToken || IsAfterOpeningPunctuation(first))
                {
                    bool connectorNext = first < last && !IsNameWord(first + 1);
                    if (classes.Is(first, TokenWordClasses.Class.Function) || first == last || connectorNext) { first++; while (first <= last && !IsNameWord(first)) first++; }
                    if (first > last) continue;
                }
                if (first == last && classes.Is(first, TokenWordClasses.Class.Function)) continue;
                if (first == last && Word(first).Length <= 4 && last + 1 < end && Word(last + 1) is ".") continue; // "Maj.", "St."
                if (first == last && Words.IsAllCaps(Word(first)) && Word(first).Length == 1) continue;
                var span = new TextSpan(tokens[first].Start, tokens[last].End - Words.PossessiveLength(Word(last)));
                found.Add(new ActorMention(span, texts.Get(text, span), null, null, ActorMentionKind.Candidate, 0.3, "candidate")
                {
                    Sentence = s.Index,
                    CandidateType = Guess(first, last, s.FirstToken, end),
                });
            }
        }
        if (a.Mentions.Count + found.Count > a.Mentions.Capacity) a.Mentions.Capacity = a.Mentions.Count + found.Count;
        MentionOrder.AddSorted(a.Mentions, found);
        // Same names grouped in order of first appearance (as GroupBy does), without LINQ per group.
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<ActorMention>>();
        foreach (var m in found)
        {
            if (!groupOf.TryGetValue(m.Text, out int g)) { groupOf[m.Text] = g = groups.Count; groups.Add([]); }
            groups[g].Add(m);
        }
        foreach (var g in groups)
        {
            var examples = new List<TextSpan>(Math.Min(3, g.Count));
            for (int k = 0; k < g.Count && k < 3; k++) examples.Add(g[k].Span);
            a.Candidates.Add(new CandidateSummary(g[0].Text, MostCommonType(g), g.Count, examples));
        }
        a.Candidates.Sort((x, y) => y.Count != x.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Name, y.Name));

        ReadOnlySpan<char> Word(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length);

        // A short title-case line without a final full stop ("Executive Summary", "Elevated Ties With Kabul").
        bool IsHeading(TextSpan p)
        {
            if (p.Length > 90 || text[p.End - 1] is '.' or '!' or '?' or '"' or '\u201D') return false;
            int words = 0, capitalised = 0;
            foreach (var part in text.AsSpan(p.Start, p.Length).Split(' '))
            {
                var w = text.AsSpan(p.Start, p.Length)[part];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                words++;
                if (char.IsUpper(w[0])) capitalised++;
            }
            return words >= 2 && capitalised * 3 >= words * 2;
        }

        bool IsNameWord(int k)
        {
            if (covered[k] || tokens[k].Kind != TokenKind.Word) return false;
            var w = Word(k);
            if (!Words.IsCapitalised(w)) return false;
            if (classes.Is(k, TokenWordClasses.Class.MonthOrDay)) return false;
            // The title trie's first step, as the linker's cache of first words holds it (w is capitalised).
            return firstWords.Of(w)?.Title is not { Entries: not null };
        }

        bool IsAfterOpeningPunctuation(int k) =>
            k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Start] is '"' or '\u201C' or '(' or ':' or '\u2014';

        CandidateType Guess(int first, int last, int sentenceStart, int sentenceEnd)
        {
            var lastWord = Word(last);
            lastWord = lastWord[..^Words.PossessiveLength(lastWord)];
            bool orgWord = false;
            for (int k = first; k <= last && !orgWord; k++) orgWord = Words.Has(Words.OrgSuffixes, k == last ? lastWord : Word(k));
            if (orgWord
                || first == last && Words.IsAllCaps(lastWord) && lastWord.Length > 1)
                return CandidateType.Organisation;
            int before = first - 1;
            if (before >= sentenceStart && before < tokens.Count && covered[before] && tokens[before].Kind == TokenKind.Word
                && lex.Titles.Root.Child(Word(before)) is not null)
                return CandidateType.Person;
            if (before >= sentenceStart && Words.PlacePrepositions.Contains(Word(before)))
                return CandidateType.Place;
            int after = last + 1;
            if (after < sentenceEnd && after + 1 < tokens.Count && Word(after) is "," ) after++;
            if (after < sentenceEnd && Words.SpeechVerbs.Contains(Word(after)) && last > first)
                return CandidateType.Person;
            return CandidateType.Unknown;
        }
    }
}
