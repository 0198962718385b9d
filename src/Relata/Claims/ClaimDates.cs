using Relata.Pipeline;
using Relata.Time;

namespace Relata.Claims;

/// <summary>
/// When a claim was made, as a TIMEX3 value at the precision the text gives. A date inside what is claimed ("the line
/// will open in 2027", "had left by the end of October") dates its content, not the statement, so the order is:
/// a date in the claim's sentences outside the claim text ("said on Tuesday", "In January, X argued");
/// else the date of a source the sentence cites ("… in due time (Gazeta.ru, June 19)");
/// else the date of a claim in the sentence just before, in the same paragraph ("He also confirmed …");
/// else the last earlier dated sentence, when it is the sentence just before in the same paragraph or names the speaker
/// (the same occasion: "X spoke to us on 18 February. … he said"); else the document's reference date. Dates that only bound a period
/// ("since 2023", "by October") or say no more than the reference date ("this year") are passed over.
/// Built once per document: every lookup is a walk over the claim's own sentences plus one array read.
/// </summary>
public sealed class ClaimDates
{
    private readonly DocumentAnalysis _analysis;
    private readonly List<Timex> _dates = [];
    private readonly List<int> _sentenceOf = [];
    private readonly bool[] _insideClaim;
    /// <summary>Per sentence: index into <see cref="_dates"/> of its first date outside every claim, or -1.</summary>
    private readonly int[] _statementDate;
    /// <summary>Per sentence: the last earlier sentence with a statement date, or -1.</summary>
    private readonly int[] _lastDatedBefore;

    /// <summary>Per sentence: the date of a source it cites ("(Gazeta.ru, June 19)"): the statement was reported then.</summary>
    private readonly Dictionary<int, string> _citation = [];

    public ClaimDates(DocumentAnalysis analysis)
    {
        _analysis = analysis;
        foreach (var t in analysis.Timexes)
            if (t.Citation && t.Rejected is null && t.Precision is TimexPrecision.Day or TimexPrecision.Month && IsCalendarValue(t.Value)
                && analysis.SentenceAt(t.Span.Start) is { } cs)
                _citation.TryAdd(cs.Index, t.Value);
            else if (t.Type == TimexType.Date && !t.Vague && !t.Citation && t.Rejected is null && !t.IsRange
                && t.Precision is TimexPrecision.Day or TimexPrecision.Month or TimexPrecision.Year && IsCalendarValue(t.Value)
                && t.Signal is not ("since" or "until" or "till" or "by" or "from" or "before" or "after")
                && !CoversReference(t.Value, analysis.ReferenceDate?.Timex)
                && analysis.SentenceAt(t.Span.Start) is { } s)
            {
                _dates.Add(t);
                _sentenceOf.Add(s.Index);
            }
        _insideClaim = new bool[_dates.Count];
        foreach (var c in analysis.Claims)
            for (int i = FirstAtOrAfter(c.ClaimSpan.Start); i < _dates.Count && _dates[i].Span.Start < c.ClaimSpan.End; i++)
                if (IsContent(_dates[i], c)) _insideClaim[i] = true;
        int n = analysis.Sentences.Count;
        _statementDate = new int[n];
        _lastDatedBefore = new int[n];
        Array.Fill(_statementDate, -1);
        for (int i = _dates.Count - 1; i >= 0; i--)
            if (!_insideClaim[i]) _statementDate[_sentenceOf[i]] = i;
        int last = -1;
        for (int s = 0; s < n; s++)
        {
            _lastDatedBefore[s] = last;
            if (_statementDate[s] >= 0) last = s;
        }
        foreach (var c in analysis.Claims)
        {
            string? date = Compute(c);
            _byClaim[c.Id] = date;
            if (date is not null) _byLastSentence[c.Evidence.LastSentence] = date;
        }
    }

    private readonly Dictionary<string, string?> _byClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _byLastSentence = [];

    public string? Of(Claim claim) => _byClaim.TryGetValue(claim.Id, out var date) ? date : Compute(claim);

    private string? Compute(Claim claim)
    {
        var sentences = _analysis.Sentences;
        int first = claim.Evidence.FirstSentence, last = Math.Min(sentences.Count - 1, claim.Evidence.LastSentence);
        if (first < 0 || first >= sentences.Count) return _analysis.ReferenceDate?.FactTimex;
        for (int i = FirstAtOrAfter(sentences[first].Span.Start); i < _dates.Count && _dates[i].Span.Start < sentences[last].Span.End; i++)
        {
            var t = _dates[i];
            if (IsContent(t, claim)) continue;
            return t.Value;
        }
        for (int k = first; k <= last; k++)
            if (_citation.TryGetValue(k, out var cited)) return cited;
        // "He also confirmed …" right after a dated claim of the same paragraph goes on reporting the same occasion.
        if (first > 0 && sentences[first - 1].Paragraph == sentences[first].Paragraph && _byLastSentence.TryGetValue(first - 1, out var previous))
            return previous;
        int earlier = _lastDatedBefore[first];
        if (earlier >= 0
            && ((earlier == first - 1 && sentences[earlier].Paragraph == sentences[first].Paragraph)
                || (claim.Speaker?.ActorId is { } speaker && Mentions(earlier, speaker))))
            return _dates[_statementDate[earlier]].Value;
        return _analysis.ReferenceDate?.FactTimex;
    }

    private bool Mentions(int sentence, string actorId)
    {
        foreach (var m in SentenceMentions.Of(_analysis).In(sentence, _analysis))
            if (m.ActorId == actorId) return true;
        return false;
    }

    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = _dates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_dates[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Inside what is claimed, except inside its target: "accused the Taliban in September of …" dates the accusation.</summary>
    private static bool IsContent(Timex t, Claim c) =>
        t.Span.Start >= c.ClaimSpan.Start && t.Span.End <= c.ClaimSpan.End
        && !(c.TargetSpan is { } target && t.Span.Start >= target.Start && t.Span.End <= target.End);

    /// <summary>"this year" in a 2025 document says no more than the reference date does: not a statement date.</summary>
    private static bool CoversReference(string value, string? reference) =>
        reference is not null && value.Length < reference.Length && reference.StartsWith(value, StringComparison.Ordinal);

    private static bool IsCalendarValue(string v) =>
        v.Length is 4 or 7 or 10 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[3]) && (v.Length == 4 || v[4] == '-');
}
