using Relata.Documents;
using Relata.Text;
using Relata.Pipeline;

namespace Relata.Claims;

/// <summary>
/// Extracts attributed claims from segmented text: cue words from <c>data/claims/cues.yaml</c>, a speaker
/// phrase on one side and the claim on the other, quotes that span sentences, pronoun speakers resolved
/// to earlier speakers, and (when the author is known) the author's own hedged judgements.
/// One pass over the tokens; thread-safe.
/// </summary>
public sealed class ClaimExtractor
{
    private const int PronounLookBack = 8;
    private static readonly Lazy<ClaimExtractor> BundledExtractor = new(() => new ClaimExtractor(ClaimLexicon.Bundled));

    private readonly ClaimLexicon _lexicon;
    private readonly SpeakerParser _speakers;
    private readonly ClaimParts _parts;

    public ClaimExtractor(ClaimLexicon lexicon)
    {
        _lexicon = lexicon;
        _speakers = new SpeakerParser();
        _parts = new ClaimParts(_speakers);
    }

    public static ClaimExtractor Bundled => BundledExtractor.Value;

    private sealed record Draft(CueEntry Cue, int CueStart, int CueEnd, SpeakerPhrase Speaker, ClaimPart Part, bool Negated);

    public List<Claim> Extract(DocumentAnalysis analysis)
    {
        string text = analysis.Text;
        var quotes = QuoteScanner.Scan(text, analysis.Paragraphs);
        var claims = new List<Claim>();
        string? author = string.IsNullOrWhiteSpace(analysis.Metadata.Author) ? null : analysis.Metadata.Author.Trim();
        int coveredUntil = -1;
        var labels = SpeakerLabels.Find(analysis);
        // Cue word ids of the whole document in one pass: sentences and cue look-aheads read slices of it.
        var tokens = analysis.Tokens;
        // The word classes the rules read come in the same pass over the tokens.
        int[] cueIds = t_cueIds is { } kept && kept.Length >= tokens.Count ? kept : new int[Math.Max(tokens.Count, 1024)];
        int[] classes = t_classes is { } keptClasses && keptClasses.Length >= tokens.Count ? keptClasses : new int[Math.Max(tokens.Count, 1024)];
        _lexicon.Words.ClassifyAll(text, tokens, _lexicon.CueMatcher, cueIds, classes);
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Index <= coveredUntil || sentence.TokenCount == 0) continue;
            var st = new SentenceTokens(text, tokens, sentence, quotes, cueIds, classes, classified: true);
            var draft = FindAttributed(st, out bool hasCue);
            if (draft is not null && SplitCoordinated(st, draft) is var (head, tail))
            {
                claims.Add(Build(head, st, analysis, claims, author));
                draft = tail;
            }
            labels.TryGetValue(sentence.Paragraph, out var label);
            Claim? claim = draft is not null ? Build(draft, st, analysis, claims, author)
                : label is not null ? LabelledAnswer(st, analysis, claims.Count, label)
                : ContinuedQuote(st, analysis, claims) is { } continued ? continued
                : author is not null && !hasCue ? AuthorJudgement(st, analysis, claims.Count, author) : null;
            if (claim is null) continue;
            claims.Add(claim);
            coveredUntil = Math.Max(coveredUntil, claim.Evidence.LastSentence);
        }
        // A long document's array is let go; ordinary ones are reused.
        t_cueIds = cueIds.Length <= 1 << 16 ? cueIds : null;
        t_classes = classes.Length <= 1 << 16 ? classes : null;
        return claims;
    }

    [ThreadStatic] private static int[]? t_cueIds;
    [ThreadStatic] private static int[]? t_classes;

    private Draft? FindAttributed(SentenceTokens st, out bool hasCue)
    {
        hasCue = false;
        int n = st.Count;
        if (st.IsPunct(n - 1, '?')) return null;
        var ids = st.CueIds(0, n);
        for (int i = 0; i < n;)
        {
            // Common words inside cue phrases ("the", "of", "that") start none: turned away before the quote search.
            if (!_lexicon.CueMatcher.StartsPhrase(ids[i]) || st.QuoteOf(i) >= 0 || !_lexicon.CueMatcher.TryMatchAt(ids, i, out var match)) { i++; continue; }
            var cue = match.Values[0];
            if (st.IsCapitalised(i) && cue.Frame != CueFrame.Source) { i++; continue; }
            hasCue = true;
            st.Classify(_lexicon.Words);
            var draft = TryCue(st, i, i + match.TokenCount, cue);
            if (draft is not null) return draft;
            i += match.TokenCount;
        }
        return null;
    }

    private const int StackTokens = 256;

    private Draft? TryCue(SentenceTokens st, int c, int e, CueEntry cue)
    {
        int end = st.ContentEnd();
        if (cue.Frame == CueFrame.Source) return TrySource(st, c, e, end, cue);

        int left = c;
        bool negated = false;
        while (left > 0 && st.IsWord(left - 1) && !st.IsCapitalised(left - 1))
        {
            var w = st.Word(left - 1);
            if (st.Has(left - 1, ClaimWord.Negation)) negated = true;
            else if (SpeakerParser.IsOneOf(st, left - 1, ClaimWord.PassiveAuxiliary)) return null;
            else if (!st.Has(left - 1, ClaimWord.Auxiliary) && !(w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal))) break;
            left--;
        }
        if (left > 0 && (st.Has(left - 1, ClaimWord.To) || SpeakerParser.IsDeterminer(st, left - 1))) return null;

        var speaker = _speakers.ParseLeft(st, left);
        if (speaker is null && cue.Frame is CueFrame.Speech or CueFrame.Tell && _speakers.ParseLeft(st, left, lenient: true) is { } loose
            && (loose.Boundary == Boundary.Quote || (loose.Boundary == Boundary.Comma && st.IsQuoteMark(loose.BoundaryIndex - 1))))
            speaker = loose;
        if (speaker is not null && cue.Frame == CueFrame.Call && st.Has(speaker.Start, ClaimWord.A | ClaimWord.An)) return null;
        var right = _parts.Right(st, e, end, cue.Frame, out bool adverbial, out bool leadingComma, out bool introduced);
        // The sentence goes on after the cue with something that is not a claim: no "CLAIM, X said" reading either.
        bool continues = right is not null && !adverbial && !leadingComma;
        if (!cue.Bare && !introduced && !leadingComma && !st.Has(e - 1, ClaimWord.That)) right = null;
        // "Officials were cautious, stating that …": a participle cue after a clause speaks for the clause's subject.
        if (speaker is null && right is not null && introduced && c > 0 && st.IsPunct(c - 1, ',')
            && st.Word(c).EndsWith("ing", StringComparison.Ordinal))
            speaker = ClauseSubject(st, c - 1);
        if (speaker is not null && right is not null && !adverbial && !leadingComma)
            return CloserCue(st, new Draft(cue, c, e, speaker, right, negated));

        bool inverted = cue.Inverted && left == c && left > 0
            && (st.IsPunct(left - 1, ',') || st.IsQuoteMark(left - 1)) && e < end && _speakers.StartsSpeaker(st, e);
        if (inverted && _speakers.ParseRight(st, e, end) is { } after && _parts.Left(st, left) is { } before)
            return new Draft(cue, c, e, after, before, negated);
        if (speaker is null) return null;
        // "what it expects", "how he said": an embedded question, not an attribution.
        if (speaker.Boundary == Boundary.StopWord && SpeakerParser.IsOneOf(st, speaker.BoundaryIndex, ClaimWord.WhWord)) return null;

        bool afterAs = speaker.Boundary == Boundary.StopWord && st.Has(speaker.BoundaryIndex, ClaimWord.As);
        if (right is not null && leadingComma && afterAs)
            return CloserCue(st, new Draft(cue, c, e, speaker, right, negated));
        if (!continues && cue.Frame is CueFrame.Speech or CueFrame.Tell && speaker.Boundary is Boundary.Comma or Boundary.Quote
            && _parts.Left(st, speaker.BoundaryIndex + (speaker.Boundary == Boundary.Quote ? 1 : 0)) is { } post)
            return new Draft(cue, c, e, speaker, post, negated);
        if (right is not null && adverbial && WordCount(st, right.Span) >= 4)
            return CloserCue(st, new Draft(cue, c, e, speaker, right, negated));
        return null;
    }

    /// <summary>"X welcomed the offer but warned that …": the cue nearest the claim is the one that introduces it.</summary>
    private Draft CloserCue(SentenceTokens st, Draft d)
    {
        int claimStart = d.Part.Span.Start;
        for (int k = d.CueEnd; k < st.Count && st[k].Start < claimStart; k++)
        {
            if (!st.IsWord(k) || st.IsCapitalised(k) || st.QuoteOf(k) >= 0) continue;
            var ids = st.CueIds(k, Math.Min(_lexicon.CueMatcher.LongestPhrase, st.Count - k));
            if (!_lexicon.CueMatcher.TryMatchAt(ids, 0, out var match) || match.Values[0].Frame == CueFrame.Source) continue;
            if (st[k + match.TokenCount - 1].End > claimStart) break;
            d = d with { Cue = match.Values[0], CueStart = k, CueEnd = k + match.TokenCount };
            k += match.TokenCount - 1;
        }
        return d;
    }

    /// <summary>The subject of the clause that ends at <paramref name="end"/>: the phrase before its first finite verb.</summary>
    private SpeakerPhrase? ClauseSubject(SentenceTokens st, int end)
    {
        for (int j = 1; j < Math.Min(end, 8); j++)
        {
            if (!st.IsWord(j)) return null;
            if (st.IsCapitalised(j)) continue;
            var w = st.Word(j);
            if (SpeakerParser.IsOneOf(st, j, ClaimWord.PassiveAuxiliary) || st.Has(j, ClaimWord.Auxiliary) || w.EndsWith("ed", StringComparison.Ordinal))
                return _speakers.ParseLeft(st, j);
        }
        return null;
    }

    /// <summary>
    /// "X called it a brave decision and said it would serve as an example": a second cue coordinated with ("but")
    /// "and" after the first claim starts a second claim by the same speaker.
    /// </summary>
    private (Draft, Draft)? SplitCoordinated(SentenceTokens st, Draft d)
    {
        var span = d.Part.Span;
        int end = st.ContentEnd();
        for (int k = d.CueEnd; k < end; k++)
        {
            if (st[k].Start < span.Start || st.QuoteOf(k) >= 0) continue;
            // "and said", "but warned", or a participle after a comma: "rejected the charge, saying that …".
            if (!(st.Has(k, ClaimWord.And | ClaimWord.But)
                  || (st.IsPunct(k, ',') && k + 1 < end && st.IsWord(k + 1) && st.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)))) continue;
            if (st[k].End > span.End) break;
            int j = k + 1;
            bool negated = false;
            while (j < end && st.IsWord(j) && !st.IsCapitalised(j))
            {
                var w = st.Word(j);
                if (st.Has(j, ClaimWord.Negation)) negated = true;
                else if (!st.Has(j, ClaimWord.Auxiliary) && !(w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal))) break;
                j++;
            }
            if (j >= end || !st.IsWord(j) || st.IsCapitalised(j)) continue;
            int len = Math.Min(_lexicon.CueMatcher.LongestPhrase, end - j);
            var ids = st.CueIds(j, len);
            if (!_lexicon.CueMatcher.TryMatchAt(ids, 0, out var match)) continue;
            var cue = match.Values[0];
            if (cue.Frame == CueFrame.Source) continue;
            int e = j + match.TokenCount;
            var right = _parts.Right(st, e, end, cue.Frame, out _, out bool leadingComma, out bool introduced);
            if (right is null || leadingComma || (!cue.Bare && !introduced)) continue;
            var firstSpan = ClaimParts.Trim(st.Text, new TextSpan(span.Start, st[k].Start));
            if (firstSpan.Length == 0) return null;
            var target = d.Part.Target is { } t && t.End <= firstSpan.End ? t : (TextSpan?)null;
            var head = d with { Part = new ClaimPart(firstSpan, false, target) };
            return (head, new Draft(cue, j, e, d.Speaker, right, negated));
        }
        return null;
    }

    /// <summary>"according to X, CLAIM", "CLAIM, according to X".</summary>
    private Draft? TrySource(SentenceTokens st, int c, int e, int end, CueEntry cue)
    {
        int k = e;
        while (k < end && k - e < 15 && !st.IsPunct(k, ',') && !st.IsPunct(k, ':') && !st.IsPunct(k, ';')) k++;
        if (k == e || (k < end && !st.IsPunct(k, ',')) || !_speakers.IsValid(st, e, k)) return null;
        var (hs, he) = _speakers.Head(st, e, k);
        var speaker = new SpeakerPhrase(e, k, hs, he, Boundary.Other, -1);
        bool atStart = true;
        for (int i = 0; i < c && atStart; i++) atStart = !st.IsWord(i);
        ClaimPart? part = k >= end || !atStart ? _parts.Left(st, c) : null;
        if (part is null && k < end)
            part = _parts.Right(st, k + 1, end, CueFrame.Speech, out _, out _, out _);
        return part is null ? null : new Draft(cue, c, e, speaker, part, false);
    }

    private Claim Build(Draft d, SentenceTokens st, DocumentAnalysis analysis, List<Claim> earlier, string? author)
    {
        var sp = d.Speaker;
        TextSpan speakerSpan = st.Span(sp.Start, sp.End);
        TextSpan headSpan = st.Span(sp.HeadStart, sp.HeadEnd);
        string speakerText = speakerSpan.Slice(st.Text);
        // "A Taliban spokesman, Zabihullah Mujahid": a named head makes the speaker specific.
        bool generic = _speakers.Generic(st, sp.Start, sp.End)
                       && (sp.HeadStart == sp.Start && sp.HeadEnd == sp.End || _speakers.Generic(st, sp.HeadStart, sp.HeadEnd));
        SpeakerResolution? resolution = null;
        if (_speakers.IsPronounPhrase(st, sp))
        {
            string pronoun = speakerText;
            string lower = pronoun.ToLowerInvariant();
            if (lower is "i" or "we" && author is not null && !d.Part.Quoted)
            {
                speakerText = author;
                resolution = new SpeakerResolution(pronoun, speakerSpan, null, null, ToAuthor: true);
            }
            else if (FindAntecedent(earlier, st.Sentence.Index, lower) is { } antecedent)
            {
                speakerSpan = antecedent.SpeakerSpan!.Value;
                headSpan = antecedent.SpeakerHeadSpan ?? speakerSpan;
                speakerText = antecedent.SpeakerText;
                generic = antecedent.GenericSpeaker;
                resolution = new SpeakerResolution(pronoun, st.Span(sp.Start, sp.End),
                    antecedent.Resolution?.FromClaimId ?? antecedent.Id, antecedent.Resolution?.FromSentence ?? antecedent.Evidence.Sentence);
            }
            else resolution = new SpeakerResolution(pronoun, speakerSpan, null, null);
        }

        var span = d.Part.Span;
        int first = analysis.SentenceIndexAt(span.Start, st.Sentence.Index) is var f and >= 0 ? f : st.Sentence.Index;
        int last = analysis.SentenceIndexAt(span.End - 1, first) is var l and >= 0 ? l : st.Sentence.Index;
        var cueSpan = st.Span(d.CueStart, d.CueEnd);
        return new Claim
        {
            Id = "c" + (earlier.Count + 1),
            Evidence = new ClaimEvidence(st.Sentence.Index, span, Math.Min(first, st.Sentence.Index), Math.Max(last, st.Sentence.Index)),
            SpeakerSpan = speakerSpan,
            SpeakerText = speakerText,
            SpeakerHeadSpan = headSpan,
            Cue = new ClaimCue(d.Cue.Lemma, cueSpan, d.Cue.Type),
            Quoted = d.Part.Quoted,
            ClaimSpan = span,
            ClaimText = span.Slice(st.Text),
            TargetSpan = d.Part.Target,
            Negated = d.Negated,
            Stance = d.Negated ? ClaimStance.None : d.Cue.Polarity,
            Future = d.Cue.Type is CueType.Predict or CueType.Promise || HasMarker(analysis, span, analysis.Sentences[Math.Min(first, st.Sentence.Index)].FirstToken, _lexicon.FutureMarkers, skipNegated: false, out _),
            GenericSpeaker = generic,
            Resolution = resolution,
        };
    }

    /// <summary>"he"/"she": the latest person-like speaker; "it"/"they": the latest organisation or group.</summary>
    private Claim? FindAntecedent(List<Claim> earlier, int sentence, string pronoun)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var c = earlier[i];
            if (sentence - c.Evidence.Sentence > PronounLookBack) break;
            if (c.AuthorJudgement || c.SpeakerSpan is null || (c.Resolution is { Resolved: false })) continue;
            if (c.Resolution is { ToAuthor: true }) continue;
            bool organisation = c.GenericSpeaker || HeadIsOrganisation(c);
            if (pronoun is "he" or "she" ? !organisation : organisation) return c;
        }
        return null;
    }

    private bool HeadIsOrganisation(Claim c)
    {
        var head = c.SpeakerHeadSpan ?? c.SpeakerSpan!.Value;
        string text = c.SpeakerText;
        int offset = c.SpeakerSpan!.Value.Start;
        var headText = text.AsSpan(Math.Max(0, head.Start - offset), Math.Min(head.Length, text.Length - Math.Max(0, head.Start - offset)));
        foreach (var range in headText.Split(' '))
            if (_lexicon.OrganisationWords.Contains(headText[range])) return true;
        return false;
    }

    /// <summary>A sentence that is nothing but a quote, right after a quoted claim: the same speaker goes on.</summary>
    private Claim? ContinuedQuote(SentenceTokens st, DocumentAnalysis analysis, List<Claim> earlier)
    {
        if (earlier.Count == 0 || !ClaimParts.IsQuoteOpen(st, 0)) return null;
        var previous = earlier[^1];
        if (previous.Evidence.LastSentence != st.Sentence.Index - 1 || !previous.Quoted || previous.AuthorJudgement) return null;
        int q = QuoteScanner.IndexAt(st.Quotes, st[0].Start);
        var quote = st.Quotes[q];
        int end = st.ContentEnd();
        if (end == 0 || quote.Close < st[end - 1].Start) return null;
        var span = ClaimParts.Trim(st.Text, quote.Interior);
        if (span.Length == 0) return null;
        int last = analysis.SentenceIndexAt(span.End - 1, st.Sentence.Index) is var l and >= 0 ? l : st.Sentence.Index;
        return previous with
        {
            Id = "c" + (earlier.Count + 1),
            Evidence = new ClaimEvidence(st.Sentence.Index, span, st.Sentence.Index, Math.Max(last, st.Sentence.Index)),
            Quoted = true,
            ClaimSpan = span,
            ClaimText = span.Slice(st.Text),
            TargetSpan = null,
            Negated = false,
            Stance = ClaimStance.None,
            Future = previous.Cue.Type is CueType.Predict or CueType.Promise || HasMarker(analysis, span, st.Sentence.FirstToken, _lexicon.FutureMarkers, skipNegated: false, out _),
            ContinuedFrom = previous.ContinuedFrom ?? previous.Id,
            Speaker = null,
        };
    }

    /// <summary>A sentence of an interview answer ("Nazari: …"), credited to the labelled speaker as direct speech.</summary>
    private Claim? LabelledAnswer(SentenceTokens st, DocumentAnalysis analysis, int count, SpeakerLabel label)
    {
        if (st.IsPunct(st.Count - 1, '?')) return null;
        var sentence = st.Sentence.Span;
        var span = ClaimParts.Trim(st.Text, label.Colon.Start >= sentence.Start && label.Colon.End <= sentence.End
            ? new TextSpan(label.Colon.End, sentence.End)
            : sentence);
        if (span.Length == 0) return null;
        return new Claim
        {
            Id = "c" + (count + 1),
            Evidence = new ClaimEvidence(st.Sentence.Index, span, st.Sentence.Index, st.Sentence.Index),
            SpeakerSpan = label.Span,
            SpeakerText = label.Span.Slice(st.Text),
            SpeakerHeadSpan = label.Span,
            Cue = new ClaimCue("interview", label.Colon, CueType.Neutral),
            Quoted = true,
            ClaimSpan = span,
            ClaimText = span.Slice(st.Text),
            Future = HasMarker(analysis, span, st.Sentence.FirstToken, _lexicon.FutureMarkers, skipNegated: false, out _),
        };
    }

    /// <summary>An unattributed sentence with a hedged, evaluative or predictive marker, credited to the author.</summary>
    private Claim? AuthorJudgement(SentenceTokens st, DocumentAnalysis analysis, int count, string author)
    {
        int n = st.Count;
        if (n < 6 || !st.IsPunct(n - 1, '.')) return null;
        for (int i = 0; i < n; i++)
            if (st.IsQuoteMark(i) || st.QuoteOf(i) >= 0 || (i < 5 && st.IsPunct(i, ':'))) return null;
        var span = st.Sentence.Span;
        if (!HasMarker(analysis, span, st.Sentence.FirstToken, _lexicon.AuthorMarkers, skipNegated: true, out var marker)) return null;
        var (markerSpan, predictive) = marker;
        return new Claim
        {
            Id = "c" + (count + 1),
            Evidence = new ClaimEvidence(st.Sentence.Index, span, st.Sentence.Index, st.Sentence.Index),
            SpeakerText = author,
            Cue = new ClaimCue("author", markerSpan, predictive ? CueType.Predict : CueType.Evaluate),
            ClaimSpan = span,
            ClaimText = st.Sentence.Text,
            Future = predictive || HasMarker(analysis, span, st.Sentence.FirstToken, _lexicon.FutureMarkers, skipNegated: false, out _),
            AuthorJudgement = true,
        };
    }

    /// <summary>First marker phrase inside <paramref name="span"/> (ignoring "could not"/"might not").</summary>
    private static bool HasMarker(DocumentAnalysis analysis, TextSpan span, int hint, Topics.PhraseMatcher<bool> markers, bool skipNegated, out (TextSpan Span, bool Value) found)
    {
        found = default;
        var tokens = analysis.Tokens;
        int first = TokenSearch.FirstAtOrAfter(tokens, span.Start, hint), last = first;
        while (last < tokens.Count && tokens[last].End <= span.End) last++;
        int count = last - first;
        if (count <= 0) return false;
        Span<int> ids = count <= StackTokens ? stackalloc int[StackTokens] : new int[count];
        ids = ids[..count];
        markers.MapTokens(analysis.Text, tokens, first, count, ids);
        for (int i = 0; i < count; i++)
        {
            if (ids[i] < 0 || !markers.TryMatchAt(ids, i, out var m)) continue;
            int after = first + i + m.TokenCount;
            if (skipNegated && after < tokens.Count && tokens[after].End <= span.End
                && analysis.Text.AsSpan(tokens[after].Start, tokens[after].Length) is "not" or "n't") continue;
            found = (new TextSpan(tokens[first + i].Start, tokens[first + i + m.TokenCount - 1].End), m.Values[0]);
            return true;
        }
        return false;
    }

    private static int WordCount(SentenceTokens st, TextSpan span)
    {
        int words = 0;
        for (int i = 0; i < st.Count; i++)
            if (st.IsWord(i) && st[i].Start >= span.Start && st[i].End <= span.End) words++;
        return words;
    }
}
