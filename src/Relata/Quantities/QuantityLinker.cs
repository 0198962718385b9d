using Relata.Documents;
using Relata.Time;
using Relata.Time.Lexicon;

namespace Relata.Quantities;

/// <summary>
/// Shallow attachment of a figure to what it measures (the governing noun phrase), its period (a timex in the sentence)
/// and the actor names the phrase mentions. Rules, in order: a counted noun is its own measure; "X of/in NP" after the
/// figure; a noun right after the figure ("$500 million loan"); otherwise the subject noun phrase before a linking word
/// ("bilateral trade reached $1 billion", "a loan of $5 million"). Capitalised names inside the phrase, or in a trailing
/// "to/with/between …" phrase, are reported as actor names and trimmed from the measure.
/// </summary>
public sealed class QuantityLinker(QuantityLexicon lex)
{
    private const int MaxPhrase = 10;

    public Quantity Link(QuantityMatch m, in SentenceTokens t, ReadOnlySpan<bool> blocked, IReadOnlyList<Timex> sentenceTimexes)
    {
        var span = new TextSpan(t[m.FirstToken].Start, t[m.EndToken - 1].End);
        var actors = new List<TextRef>();
        TextRef? measure = null;
        if (m.CountedFrom >= 0)
        {
            // The counted phrase is its own measure ("five Central Asian states"); its names are still reported.
            Phrase(t, m.CountedFrom, m.EndToken, actors);
            var whole = new TextSpan(t[m.CountedFrom].Start, t[m.EndToken - 1].End);
            measure = new TextRef(whole.Slice(t.Text), whole);
        }
        else
        {
            int k = m.EndToken;
            if (m.Dimension == "percentage" && t.WordHas(k, WordClass.ChangeNoun)) k++;
            if ((t.Is(k, "of") || t.Is(k, "in")) && !Blocked(t, blocked, k + 1)) measure = Forward(t, k + 1, blocked, actors);
            else if (t.Is(k, "worth") && t.Is(k + 1, "of")) measure = Forward(t, k + 2, blocked, actors);
            else if (m.Dimension != "percentage" && t.IsWord(k) && !t.IsCapitalized(k) && !t.WordHas(k, WordClass.NounPhraseStop | WordClass.Linking) && !Blocked(t, blocked, k))
                measure = Forward(t, k, blocked, actors);
            measure ??= Backward(t, m.FirstToken - 1, blocked, actors);
        }
        TrailingActors(t, m.EndToken, blocked, actors);
        return new Quantity
        {
            Span = span,
            Text = span.Slice(t.Text),
            Value = m.Value,
            Unit = m.Unit,
            Dimension = m.Dimension,
            Approximate = m.Approximate,
            Qualifier = m.Qualifier,
            Bound = m.Bound,
            Change = m.Dimension == "percentage" ? Change(t, m) : null,
            Measure = measure,
            Period = Period(span, sentenceTimexes),
            ActorNames = actors,
        };
    }

    private static bool Blocked(in SentenceTokens t, ReadOnlySpan<bool> blocked, int k) => !t.InRange(k) || blocked[k - t.Start];

    private TextRef? Forward(in SentenceTokens t, int k, ReadOnlySpan<bool> blocked, List<TextRef> actors)
    {
        if (t.Is(k, "the")) k++;
        int end = k;
        while (end < t.End && end - k < MaxPhrase && t.IsWord(end) && !blocked[end - t.Start])
        {
            var w = t.Word(end);
            bool inner = w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase);
            if (inner && end > k && t.IsWord(end + 1) && !t.WordHas(end + 1, WordClass.NounPhraseStop)) { end++; continue; }
            if (t.WordHas(end, WordClass.NounPhraseStop | WordClass.Linking) || inner) break;
            end++;
        }
        return end > k ? Phrase(t, k, end, actors) : null;
    }

    private TextRef? Backward(in SentenceTokens t, int k, ReadOnlySpan<bool> blocked, List<TextRef> actors)
    {
        // Skip the linking words between the subject and the figure ("reached", "amounted to", "stood at").
        int skipped = 0;
        while (t.WordHas(k, WordClass.Linking) && skipped < 3) { k--; skipped++; }
        // and an adverbial period between them ("trade in 2024 reached").
        while (t.InRange(k) && blocked[k - t.Start]) k--;
        if (t.IsWord(k) && t.Word(k) is "in" or "In" && skipped > 0) k--;
        if (skipped == 0) return null;
        int start = k + 1;
        while (start - 1 >= t.Start && k + 1 - (start - 1) <= MaxPhrase && t.IsWord(start - 1) && !blocked[start - 1 - t.Start])
        {
            var w = t.Word(start - 1);
            bool inner = w is "of" or "and" or "between" or "with" or "to" or "from";
            if (!inner && t.WordHas(start - 1, WordClass.NounPhraseStop | WordClass.Linking)) break;
            start--;
        }
        while (start <= k && t.IsWord(start) && t.Word(start) is "of" or "and" or "between" or "with" or "to" or "from") start++;
        return start <= k ? Phrase(t, start, k + 1, actors) : null;
    }

    /// <summary>Builds the measure from tokens [from, to): leading capitalised names and trailing "to/with/between Name" go to actors.</summary>
    private TextRef? Phrase(in SentenceTokens t, int from, int to, List<TextRef> actors)
    {
        // Leading names: "Russian exports", "Uzbekistan's trade".
        while (from < to - 1 && t.IsCapitalized(from) && !t.WordHas(from, WordClass.NounPhraseStop) && LooksLikeName(t, from))
        {
            int nameEnd = from + 1;
            while (nameEnd < to - 1 && t.IsCapitalized(nameEnd)) nameEnd++;
            AddActor(t, from, nameEnd, actors);
            from = nameEnd;
            while (from < to && (t.IsChar(from, '\'') || t.IsChar(from, '\u2019') || t.Is(from, "s"))) from++;
        }
        // Trailing prepositional phrase naming actors.
        for (int p = from + 1; p < to; p++)
        {
            var w = t.Word(p);
            if (w is not ("to" or "with" or "between" or "from") || !t.IsCapitalized(p + 1)) continue;
            CollectNames(t, p + 1, to, actors);
            to = p;
            break;
        }
        while (to > from && t.IsWord(to - 1) && t.Word(to - 1) is "of" or "and") to--;
        if (to <= from) return null;
        var span = new TextSpan(t[from].Start, t[to - 1].End);
        return new TextRef(span.Slice(t.Text), span);
    }

    /// <summary>Sentence-initial capitals are only names when possessive or demonym-shaped ("Russian", not "Bilateral").</summary>
    private bool LooksLikeName(in SentenceTokens t, int k)
    {
        if (k > t.Start) return true;
        var w = t.Word(k);
        if (w.EndsWith("'s") || w.EndsWith("\u2019s") || t.IsChar(k + 1, '\'') || t.IsChar(k + 1, '\u2019')) return true;
        foreach (var suffix in lex.DemonymSuffixes)
            if (w.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    private void TrailingActors(in SentenceTokens t, int k, ReadOnlySpan<bool> blocked, List<TextRef> actors)
    {
        for (int j = k; j < Math.Min(t.End, k + 4); j++)
        {
            if (!t.IsWord(j)) return;
            if (t.Word(j) is "to" or "with" or "between" or "from" && t.IsCapitalized(j + 1) && !blocked[j + 1 - t.Start])
            {
                CollectNames(t, j + 1, Math.Min(t.End, j + 8), actors);
                return;
            }
        }
    }

    private void CollectNames(in SentenceTokens t, int from, int to, List<TextRef> actors)
    {
        int j = from;
        while (j < to)
        {
            if (t.IsCapitalized(j) && !t.WordHas(j, WordClass.NounPhraseStop))
            {
                int s = j;
                while (j < to && t.IsCapitalized(j)) j++;
                AddActor(t, s, j, actors);
                continue;
            }
            if (t.Is(j, "and") || t.IsChar(j, ',')) { j++; continue; }
            break;
        }
    }

    private static void AddActor(in SentenceTokens t, int from, int to, List<TextRef> actors)
    {
        int end = t[to - 1].End;
        var word = t.Text.AsSpan(t[from].Start, end - t[from].Start);
        if (word.EndsWith("'s") || word.EndsWith("\u2019s")) end -= 2;
        var span = new TextSpan(t[from].Start, end);
        foreach (var a in actors) if (a.Span == span) return;
        actors.Add(new TextRef(span.Slice(t.Text), span));
    }

    private double? Change(in SentenceTokens t, QuantityMatch m)
    {
        double fraction = (double)m.Value / 100;
        if (t.WordHas(m.EndToken, WordClass.ChangeNoun) && lex.ChangeNouns.TryGet(t.Word(m.EndToken), out int nounSign)) return nounSign * fraction;
        int k = m.FirstToken - 1;
        if (t.Is(k, "by")) k--;
        else if (t.Is(k, "to") || t.Is(k, "at")) return null;
        if (t.WordHas(k, WordClass.ChangeVerb) && lex.ChangeVerbs.TryGet(t.Word(k), out int verbSign)) return verbSign * fraction;
        return null;
    }

    private static QuantityPeriod? Period(TextSpan figure, IReadOnlyList<Timex> timexes)
    {
        Timex? best = null;
        int bestDistance = int.MaxValue;
        foreach (var x in timexes)
        {
            if (x.Citation || x.Vague || x.Type != TimexType.Date || x.Rejected is not null) continue;
            int distance = x.Span.Start >= figure.End ? x.Span.Start - figure.End : (figure.Start - x.Span.End) * 2;
            if (distance < bestDistance) { best = x; bestDistance = distance; }
        }
        return best is null ? null : new QuantityPeriod(best.Value, best.Span);
    }
}
