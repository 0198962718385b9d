using Relata.Documents;

namespace Relata.Claims;

/// <summary>Finds the claim text on either side of a cue.</summary>
internal sealed class ClaimParts(SpeakerParser speakers)
{
    private const int IntroducerWindow = 12;

    public SpeakerParser Speakers => speakers;

    /// <summary>The claim after the cue. <paramref name="adverbial"/>: the words after the cue look like
    /// "on Monday" rather than a claim; <paramref name="leadingComma"/>: "…, X said, …".</summary>
    public ClaimPart? Right(SentenceTokens st, int r, int end, CueFrame frame, out bool adverbial, out bool leadingComma, out bool introduced)
    {
        adverbial = leadingComma = introduced = false;
        if (frame == CueFrame.Tell) r = SkipAudience(st, r, end);
        if (r >= end) return null;
        if (st.IsPunct(r, ',') && IsQuoteOpen(st, r + 1)) { r++; introduced = true; }
        else if (st.IsPunct(r, ','))
        {
            leadingComma = true;
            return r + 1 < end ? FromToken(st, r + 1, end) : null;
        }
        int intro = FindIntroducer(st, r, end);
        if (intro >= 0)
        {
            introduced = true;
            int start = st.IsQuoteMark(intro) ? intro : intro + 1;
            if (st.IsPunct(start, ':')) start++;
            return start < end ? FromToken(st, start, end) : null;
        }
        if (SpeakerParser.IsOneOf(st, r, ClaimWord.AdverbialStart)) adverbial = true;
        var part = FromToken(st, r, end);
        if (part is null) return null;
        return frame switch
        {
            CueFrame.Describe => IndexOf(st, r, end, ClaimWord.As) is int a and > 0 && a > r ? part with { Target = st.Span(r, a) } : null,
            CueFrame.Accuse => IndexOf(st, r, end, ClaimWord.Of) is int o and > 0 && o > r ? part with { Target = st.Span(r, o) } : part,
            CueFrame.Call => TargetBeforeArticle(st, r, end) is int t and > 0 ? part with { Target = st.Span(r, t) } : part,
            _ => part,
        };
    }

    /// <summary>The claim before the speaker: tokens [0, <paramref name="end"/>), or the quote that closes there.</summary>
    public ClaimPart? Left(SentenceTokens st, int end)
    {
        int k = end - 1;
        while (k >= 0 && st.IsPunct(k, ',')) k--;
        if (k < 0) return null;
        if (st.IsQuoteMark(k))
        {
            int q = QuoteScanner.IndexAt(st.Quotes, st[k].Start);
            if (q >= 0 && st.Quotes[q].Close == st[k].Start && st.Quotes[q].Closed)
                return QuotePart(st, q);
        }
        int words = 0;
        for (int i = 0; i <= k; i++) if (st.IsWord(i)) words++;
        if (words < 2) return null;
        var span = Trim(st.Text, st.Span(0, k + 1));
        return span.Length > 0 ? new ClaimPart(span, FullyQuoted(st, span)) : null;
    }

    private ClaimPart? FromToken(SentenceTokens st, int start, int end)
    {
        if (IsQuoteOpen(st, start))
        {
            int q = QuoteScanner.IndexAt(st.Quotes, st[start].Start);
            var quote = st.Quotes[q];
            // A quote that covers the rest of the sentence (or runs past it) is the claim as a whole.
            if (quote.Close >= st[end - 1].Start) return QuotePart(st, q);
        }
        var span = Trim(st.Text, st.Span(start, end));
        return span.Length > 0 ? new ClaimPart(span, FullyQuoted(st, span)) : null;
    }

    private static ClaimPart QuotePart(SentenceTokens st, int q) => new(Trim(st.Text, st.Quotes[q].Interior), true);

    private static bool FullyQuoted(SentenceTokens st, TextSpan span)
    {
        if (span.Length < 2 || !QuoteScanner.IsQuoteMark(st.Text[span.Start])) return false;
        int q = QuoteScanner.IndexAt(st.Quotes, span.Start);
        return q >= 0 && st.Quotes[q].Open == span.Start && st.Quotes[q].Close >= span.End - 1;
    }

    public static bool IsQuoteOpen(SentenceTokens st, int i)
    {
        if (!st.IsQuoteMark(i)) return false;
        int q = QuoteScanner.IndexAt(st.Quotes, st[i].Start);
        return q >= 0 && st.Quotes[q].Open == st[i].Start;
    }

    /// <summary>"that", ":" or an opening quote right after the cue or after an adverbial ("in a statement that").</summary>
    private static int FindIntroducer(SentenceTokens st, int r, int end)
    {
        bool adverbialLead = SpeakerParser.IsOneOf(st, r, ClaimWord.AdverbialStart);
        for (int k = r; k < end && k < r + IntroducerWindow; k++)
        {
            bool introducer = st.Has(k, ClaimWord.That) || st.IsPunct(k, ':') || IsQuoteOpen(st, k);
            if (introducer) return k == r || adverbialLead ? k : -1;
            if (!adverbialLead) return -1;
        }
        return -1;
    }

    /// <summary>"told reporters (on Monday) that …": skips the audience of "tell".</summary>
    private static int SkipAudience(SentenceTokens st, int r, int end)
    {
        for (int k = r; k < end && k < r + 8; k++)
            if (st.Has(k, ClaimWord.That) || st.IsPunct(k, ':') || IsQuoteOpen(st, k)) return k;
        if (r < end && SpeakerParser.IsDeterminer(st, r)) r++;
        if (r < end && st.IsCapitalised(r)) { while (r < end && st.IsCapitalised(r)) r++; }
        else if (r < end) r++;
        return r;
    }

    private static int IndexOf(SentenceTokens st, int from, int end, ClaimWord word)
    {
        for (int k = from; k < end; k++) if (st.Has(k, word)) return k;
        return -1;
    }

    private static int TargetBeforeArticle(SentenceTokens st, int r, int end)
    {
        for (int k = r + 1; k < end; k++)
            if (st.Has(k, ClaimWord.A | ClaimWord.An | ClaimWord.The)) return k;
        return -1;
    }

    /// <summary>Drops surrounding white space and dangling , ; : from a claim span.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ':' or ',' or ';')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ';' or ':')) e--;
        return new TextSpan(s, e);
    }
}
