namespace Relata.Claims;

/// <summary>Finds speaker phrases around a cue with shallow, lexicon-driven rules (no parser).</summary>
internal sealed class SpeakerParser
{
    private const int MaxSpeakerTokens = 14;
    /// <summary>Word token <paramref name="i"/> is one of the fixed words of <paramref name="words"/> (see <see cref="ClaimWords"/>).</summary>
    public static bool IsOneOf(SentenceTokens st, int i, ClaimWord words) => st.Has(i, words) && st.IsWord(i);

    public static bool IsDeterminer(SentenceTokens st, int i) => IsOneOf(st, i, ClaimWord.Determiner);

    public static bool IsPronoun(SentenceTokens st, int i) => IsOneOf(st, i, ClaimWord.Pronoun);

    public bool IsPronounPhrase(SentenceTokens st, SpeakerPhrase p) => p.End - p.Start == 1 && IsPronoun(st, p.Start);

    /// <summary>Walks left from token <paramref name="j"/> over words that can belong to a speaker phrase.</summary>
    public Walk WalkLeft(SentenceTokens st, int j, bool allowRelative)
    {
        int count = 0;
        for (int k = j; k >= 0; k--)
        {
            var t = st[k];
            if (t.Kind == Documents.TokenKind.Punctuation)
            {
                char ch = st.Text[t.Start];
                if (ch == ',') return new(k + 1, Boundary.Comma, k);
                if (QuoteScanner.IsQuoteMark(ch)) return new(k + 1, Boundary.Quote, k);
                if (ch == '.' && k > 0 && st.IsCapitalised(k - 1) && st[k - 1].Length <= 4) continue;
                if (ch == '&') continue;
                return new(k + 1, Boundary.Other, k);
            }
            if (t.Kind == Documents.TokenKind.Symbol) return new(k + 1, Boundary.Other, k);
            var w = st.Word(k);
            bool cap = st.IsCapitalised(k);
            if (st.Has(k, ClaimWord.Calendar)) return new(k + 1, Boundary.Other, k);
            if (!cap || k == 0)
            {
                if (allowRelative && k > 0 && st.IsPunct(k - 1, ',') && IsOneOf(st, k, ClaimWord.Relative))
                    return new(k, Boundary.Comma, k - 1);
                if (st.Has(k, ClaimWord.Stop) || (!cap && st.Has(k, ClaimWord.Cue)))
                    return new(k + 1, Boundary.StopWord, k);
                if (!cap && st.Has(k, ClaimWord.In) && !(k > 0 && st.Has(k - 1, ClaimWord.GenericHead)))
                    return new(k + 1, Boundary.StopWord, k);
                if (!cap && st.Has(k, ClaimWord.And) && !(k > 0 && st.IsCapitalised(k - 1) && k < j && st.IsCapitalised(k + 1)))
                    return new(k + 1, Boundary.StopWord, k);
            }
            if (++count > MaxSpeakerTokens && !allowRelative) return new(j + 1, Boundary.Other, k);
            if (count > MaxSpeakerTokens + 6) return new(j + 1, Boundary.Other, k);
        }
        return new(0, Boundary.Start, -1);
    }

    /// <summary>The speaker phrase ending just before token <paramref name="end"/> (the cue, after skipped auxiliaries).</summary>
    /// <param name="lenient">Also accept any short determiner phrase ("the driver"); for speakers right after a quote.</param>
    public SpeakerPhrase? ParseLeft(SentenceTokens st, int end, bool lenient = false)
    {
        if (end <= 0) return null;
        int j = end - 1;
        if (st.IsPunct(j, ','))
            return ParseApposition(st, j);
        var walk = WalkLeft(st, j, allowRelative: false);
        int start = walk.Start;
        while (start < end && IsOneOf(st, start, ClaimWord.InnerPreposition) && !st.IsCapitalised(start)) start++;
        if (start >= end) return null;
        bool valid = IsValid(st, start, end) || (lenient && end - start <= 4 && IsDeterminer(st, start) && end - start >= 2);
        if (!valid) return null;
        var (hs, he) = Head(st, start, end);
        return new SpeakerPhrase(start, end, hs, he, walk.Boundary, walk.BoundaryIndex);
    }

    /// <summary>"NAME, APPOSITION, said" or "DESCRIPTION, NAME, said": token <paramref name="comma"/> is the comma before the cue.</summary>
    private SpeakerPhrase? ParseApposition(SentenceTokens st, int comma)
    {
        int p = comma - 1;
        while (p >= 0 && IsOneOf(st, p, ClaimWord.Parenthetical)) p--;
        if (p < comma - 1 && st.IsPunct(p, ','))
        {
            // "Manila, however, insisted": the speaker is what comes before the aside.
            var before = WalkLeft(st, p - 1, allowRelative: false);
            if (before.Start > p - 1 || before.Boundary is Boundary.StopWord or Boundary.Other || !IsValid(st, before.Start, p)) return null;
            var (h0, h1) = Head(st, before.Start, p);
            return new SpeakerPhrase(before.Start, p, h0, h1, before.Boundary, before.BoundaryIndex);
        }
        var inner = WalkLeft(st, comma - 1, allowRelative: true);
        if (inner.Start > comma - 1 || inner.Boundary != Boundary.Comma) return null;
        int p1 = inner.BoundaryIndex;
        var outer = WalkLeft(st, p1 - 1, allowRelative: false);
        if (outer.Start > p1 - 1 || outer.Boundary is Boundary.StopWord or Boundary.Other) return null;
        bool parenthetical = true;
        for (int k = inner.Start; k < comma && parenthetical; k++) parenthetical = IsOneOf(st, k, ClaimWord.Parenthetical);
        if (!IsValid(st, outer.Start, p1)) return null;
        if (parenthetical)
        {
            var (h0, h1) = Head(st, outer.Start, p1);
            return new SpeakerPhrase(outer.Start, p1, h0, h1, outer.Boundary, outer.BoundaryIndex);
        }
        bool outerIsName = EndsInName(st, outer.Start, p1);
        var (hs, he) = outerIsName || !EndsInName(st, inner.Start, comma) ? Head(st, outer.Start, p1) : Head(st, inner.Start, comma);
        return new SpeakerPhrase(outer.Start, comma, hs, he, outer.Boundary, outer.BoundaryIndex);
    }

    /// <summary>"…, said X, a senior fellow at Y." — the phrase after an inverted cue, up to the end or ", adding …".</summary>
    public SpeakerPhrase? ParseRight(SentenceTokens st, int start, int end)
    {
        int stop = start;
        while (stop < end && stop - start < MaxSpeakerTokens + 6)
        {
            if (st.IsPunct(stop, ',') && stop + 1 < end && st.Word(stop + 1).EndsWith("ing", StringComparison.Ordinal)) break;
            if (st.IsPunct(stop, ';') || st.IsQuoteMark(stop)) break;
            stop++;
        }
        if (stop < end && stop - start >= MaxSpeakerTokens + 6) return null;
        int firstEnd = start;
        while (firstEnd < stop && !st.IsPunct(firstEnd, ',')) firstEnd++;
        if (firstEnd == start || !IsValid(st, start, firstEnd)) return null;
        for (int k = start; k < firstEnd; k++)
            if (st.IsWord(k) && !st.IsCapitalised(k) && (st.Has(k, ClaimWord.Stop) || st.Has(k, ClaimWord.Cue)))
                return null;
        var (hs, he) = Head(st, start, firstEnd);
        return new SpeakerPhrase(start, stop, hs, he, Boundary.Other, -1);
    }

    public bool StartsSpeaker(SentenceTokens st, int i) =>
        st.IsWord(i) && (st.IsCapitalised(i) || IsDeterminer(st, i) || IsPronoun(st, i)) && !st.Has(i, ClaimWord.That);

    /// <summary>True when the phrase's core ends in a proper name rather than a title or common noun.</summary>
    private bool EndsInName(SentenceTokens st, int start, int end)
    {
        int last = CoreEnd(st, start, end) - 1;
        return NameLike(st, last) && !st.Has(last, ClaimWord.Title);
    }

    public bool IsValid(SentenceTokens st, int start, int end)
    {
        if (end - start == 1 && IsPronoun(st, start)) return true;
        // "an attack the group (claimed)": a second determiner without a preposition before it is a clause, not a phrase.
        for (int k = start + 1; k < end; k++)
            if (IsDeterminer(st, k) && !st.IsCapitalised(k) && !IsOneOf(st, k - 1, ClaimWord.InnerPreposition) && !st.Has(k - 1, ClaimWord.And)
                && !st.IsPunct(k - 1, ','))
                return false;
        if (HasName(st, start, end)) return true;
        for (int k = start; k < end; k++)
            if (st.IsWord(k) && st.Has(k, ClaimWord.GenericHead)) return true;
        return false;
    }

    public bool NameLike(SentenceTokens st, int k) =>
        st.IsCapitalised(k) && !IsDeterminer(st, k) && !IsPronoun(st, k) && !st.Has(k, ClaimWord.Calendar);

    private bool HasName(SentenceTokens st, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (NameLike(st, k) && !(k == 0 && st.Has(k, ClaimWord.Stop))) return true;
        return false;
    }

    /// <summary>Unnamed speakers: "officials", "the ministry", "Western diplomats", "a spokesperson for the ministry".</summary>
    public bool Generic(SentenceTokens st, int start, int end)
    {
        if (end - start == 1 && IsPronoun(st, start)) return false;
        int coreEnd = CoreEnd(st, start, end);
        for (int k = start; k < coreEnd; k++)
        {
            if (!NameLike(st, k)) continue;
            if (k == start && st.Has(k, ClaimWord.GenericHead)) continue;
            if (k < coreEnd - 1 && DemonymLike(st.Word(k))) continue;
            return false;
        }
        return true;
    }

    private static readonly string[] CountryEndings = ["stan", "ran", "man", "dan", "pan", "wan"];

    private static bool DemonymLike(ReadOnlySpan<char> w)
    {
        foreach (var ending in CountryEndings)
            if (w.EndsWith(ending, StringComparison.Ordinal)) return false;
        return w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)
        || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ern", StringComparison.Ordinal)
        || w.EndsWith("i", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal);
    }

    private static int CoreEnd(SentenceTokens st, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
            if (st.IsPunct(k, ',') || (IsOneOf(st, k, ClaimWord.InnerPreposition) && !st.IsCapitalised(k))) return k;
        return end;
    }

    /// <summary>The name inside a phrase without titles ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov"),
    /// or the phrase's core without determiners ("the foreign ministry" → "foreign ministry").</summary>
    public (int Start, int End) Head(SentenceTokens st, int start, int end)
    {
        int coreEnd = CoreEnd(st, start, end);
        int last = coreEnd - 1;
        while (last > start && st.IsPunct(last, '.')) last--;
        if (NameLike(st, last))
        {
            int runStart = last;
            while (runStart > start && (NameLike(st, runStart - 1) || st.IsPunct(runStart - 1, '.'))) runStart--;
            if (st.Has(last, ClaimWord.Organisation)) return (runStart, last + 1);
            while (runStart < last && (st.Has(runStart, ClaimWord.Title) || st.IsPunct(runStart, '.')
                   || (st.IsWord(runStart + 1) && st.Has(runStart + 1, ClaimWord.Title)))) runStart++;
            return (runStart, last + 1);
        }
        int s = start;
        while (s < last && IsDeterminer(st, s)) s++;
        return (s, coreEnd);
    }
}
