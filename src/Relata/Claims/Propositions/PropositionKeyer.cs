using Relata.Actors;
using Relata.Documents;
using Relata.Text;
using Relata.Pipeline;
using Relata.Topics;

namespace Relata.Claims.Propositions;

/// <summary>
/// Turns a claim into a proposition key and a stance. Pure and lexicon-driven: the predicate comes from
/// <see cref="PropositionLexicon"/>, holder and object from the actor mentions around it inside the claim.
/// </summary>
public sealed class PropositionKeyer(PropositionLexicon lexicon, ActorKnowledgeBase kb, PropositionOptions? options = null)
{
    private const int ClauseWindow = 8;
    private readonly ActorNormaliser _actors = new(kb);
    private readonly PropositionOptions _options = options ?? new PropositionOptions();

    public ActorNormaliser Actors => _actors;

    public PropositionOptions Options => _options;

    public ClaimProposition? Key(Claim claim, DocumentAnalysis analysis)
    {
        DateOnly? date = DateOf(claim.Evidence.Sentence, analysis);
        string? speaker = _actors.Normalise(claim.Speaker?.ActorId, date);
        var utterance = new Utterance(claim.Id, claim.ClaimSpan, claim.Evidence.Sentence, claim.Cue.Type, claim.Negated, claim.TargetSpan, Fallbacks: true);
        var (first, end) = TokenRange(analysis, claim.ClaimSpan);
        if (end <= first) return null;
        return FromTriggers(utterance, analysis, first, end, speaker, date)
            ?? (_options.TopicKeys ? TopicKey(claim, analysis, first, end, speaker, date) : null);
    }

    /// <summary>
    /// A proposition stated in the author's own voice ("Moscow's recognition of the Taliban is seen as …"): only
    /// when the sentence names both the holder and the object; no speaker, target or inferred object to fall back on.
    /// </summary>
    public ClaimProposition? KeyStatement(Sentence sentence, DocumentAnalysis analysis)
    {
        var (first, end) = TokenRange(analysis, sentence.Span);
        if (end <= first) return null;
        var utterance = new Utterance(null, sentence.Span, sentence.Index, CueType.Neutral, false, null, Fallbacks: false);
        return FromTriggers(utterance, analysis, first, end, null, DateOf(sentence.Index, analysis));
    }

    private ClaimProposition? FromTriggers(Utterance u, DocumentAnalysis analysis, int first, int end, string? speaker, DateOnly? date)
    {
        Span<int> ids = end - first <= 512 ? stackalloc int[end - first] : new int[end - first];
        lexicon.Triggers.MapTokens(analysis.Text, analysis.Tokens, first, end - first, ids);
        var triggers = new List<Topics.PhraseMatch<TriggerForm>>();
        lexicon.Triggers.FindAll(ids, triggers);
        foreach (var trigger in triggers)
            if (KeyAt(u, analysis, first, end, trigger, trigger.Values[0], speaker, date) is { } found) return found;
        return null;
    }

    private static (int First, int End) TokenRange(DocumentAnalysis analysis, TextSpan span)
    {
        var tokens = analysis.Tokens;
        int first = TokenSearch.FirstAtOrAfter(tokens, span.Start), end = first;
        while (end < tokens.Count && tokens[end].End <= span.End) end++;
        return (first, end);
    }

    /// <summary>What the keyer needs of a claim or an author's sentence.</summary>
    private sealed record Utterance(string? ClaimId, TextSpan Span, int Sentence, CueType Cue, bool Negated, TextSpan? Target, bool Fallbacks);

    private ClaimProposition? KeyAt(Utterance claim, DocumentAnalysis analysis, int first, int end,
        Topics.PhraseMatch<TriggerForm> trigger, TriggerForm form, string? speaker, DateOnly? date)
    {
        var tokens = analysis.Tokens;
        int tStart = first + trigger.StartToken, tEnd = tStart + trigger.TokenCount;
        var triggerSpan = new TextSpan(tokens[tStart].Start, tokens[tEnd - 1].End);
        // Holder, object and markers come from the trigger's own sentence (a quote may run over several).
        var sentenceSpan = analysis.SentenceAt(triggerSpan.Start)?.Span ?? claim.Span;
        int lo = first, hi = end;
        while (lo < tStart && tokens[lo].Start < sentenceSpan.Start) lo++;
        while (hi > tEnd && tokens[hi - 1].End > sentenceSpan.End) hi--;
        var scope = new TextSpan(tokens[lo].Start, tokens[hi - 1].End);

        var markers = FindMarkers(analysis, lo, hi);
        var mentions = analysis.MentionsStartingIn(scope).Where(m => m.Kind == ActorMentionKind.Actor && m.ActorId is not null).ToList();

        string? holder = null; var source = HolderSource.Subject;
        // The subject of the predicate's own clause: "Nicholson stated that Russia was supporting …" → Russia.
        int clauseFrom = SubordinateStart(analysis, lo, tStart);
        var before = mentions.FirstOrDefault(m => m.Span.End <= triggerSpan.Start && m.Span.Start >= clauseFrom)
            ?? mentions.FirstOrDefault(m => m.Span.End <= triggerSpan.Start);
        bool selfBeforeTrigger = markers.Any(m => m.Kind == PropositionMarkerKind.Self && m.Span.End <= triggerSpan.Start);
        if (before is not null && !(selfBeforeTrigger && markers.First(m => m.Kind == PropositionMarkerKind.Self).Span.Start < before.Span.Start))
            holder = _actors.Normalise(before.ActorId, before.Date ?? date);
        var afterMentions = mentions.Where(m => m.Span.Start >= triggerSpan.End).ToList();
        var agent = afterMentions.FirstOrDefault(m => PrecededBy(analysis, m.Span.Start, "by"));
        if (holder is null && agent is not null) { holder = _actors.Normalise(agent.ActorId, agent.Date ?? date); source = HolderSource.Agent; }
        if (holder is null && claim.Target is { } target &&
            analysis.MentionsOverlapping(target).FirstOrDefault(m => m.Kind == ActorMentionKind.Actor && m.ActorId is not null) is { } t)
        { holder = _actors.Normalise(t.ActorId, t.Date ?? date); source = HolderSource.Target; }
        if (holder is null && claim.Fallbacks && speaker is not null) { holder = speaker; source = HolderSource.Speaker; }
        if (holder is null) return null;

        var objectMention = afterMentions.FirstOrDefault(m => m != agent && _actors.Normalise(m.ActorId, m.Date ?? date) != holder);
        string? obj = objectMention is null ? null : _actors.Normalise(objectMention.ActorId, objectMention.Date ?? date);
        bool inferred = false;
        if (obj is null && form.Family.ObjectRequired)
        {
            if (!claim.Fallbacks) return null;
            obj = InferObject(claim.Sentence, analysis, holder, date);
            inferred = obj is not null;
            if (obj is null) return null;
        }

        var (stance, temporal) = StanceOf(claim, analysis, markers, triggerSpan, tStart, tEnd, form);
        string label = obj is null
            ? $"{_actors.NameOf(holder)} {form.Family.Label}"
            : $"{_actors.NameOf(holder)} {form.Family.Label} {_actors.NameOf(obj)}";
        return new ClaimProposition
        {
            ClaimId = claim.ClaimId,
            Sentence = claim.Sentence,
            Key = $"{holder}:{form.Family.Id}:{obj ?? "-"}",
            Label = label,
            Family = form.Family.Id,
            Topic = form.Family.Topic,
            HolderId = holder,
            HolderSource = source,
            ObjectId = obj,
            ObjectInferred = inferred,
            Stance = stance,
            Temporal = temporal,
            TriggerSpan = triggerSpan,
            Trigger = triggerSpan.Slice(analysis.Text),
            Markers = markers,
            SpeakerActorId = speaker,
            CueType = claim.Cue,
        };
    }

    /// <summary>The stance: oppositions and negations in the predicate's clause flip it (a deny cue flips it once more
    /// from the speaker's side); hedges soften an unflipped claim.</summary>
    private static (PropositionStance, PropositionTemporal) StanceOf(Utterance claim, DocumentAnalysis analysis,
        List<PropositionMarker> markers, TextSpan trigger, int tStart, int tEnd, TriggerForm form)
    {
        var tokens = analysis.Tokens;
        int clauseStart = ClauseStart(analysis, tStart), clauseEnd = ClauseEnd(analysis, tEnd);
        var clause = new TextSpan(tokens[clauseStart].Start, tokens[clauseEnd - 1].End);
        int flips = 0;
        foreach (var m in markers)
        {
            if (m.Kind == PropositionMarkerKind.Rebuttal) flips++;
            else if (m.Kind == PropositionMarkerKind.Opposition && m.Span.Start >= clause.Start && m.Span.End <= trigger.Start) flips++;
            else if (m.Kind == PropositionMarkerKind.Negation && clause.Contains(m.Span.Start) &&
                     (m.Span.End <= trigger.Start || AfterCopula(analysis, m.Span.Start))) flips++;
        }
        if (claim.Cue == CueType.Deny && !claim.Negated) flips++;
        bool hedged = markers.Any(m => m.Kind == PropositionMarkerKind.Hedge);
        var stance = flips % 2 == 1 ? PropositionStance.Against : hedged ? PropositionStance.Hedged : PropositionStance.For;

        // Not claim.Future: that flag reads the whole claim, and "has no plans to arm" is a present refusal.
        bool future = claim.Cue is CueType.Predict or CueType.Promise || markers.Any(m => m.Kind == PropositionMarkerKind.Future && clause.Contains(m.Span.Start));
        bool past = form.Past || markers.Any(m => m.Kind == PropositionMarkerKind.Past && m.Span.End <= trigger.Start
            && TokenSearch.FirstAtOrAfter(tokens, trigger.Start) - TokenSearch.FirstAtOrAfter(tokens, m.Span.End) <= 2
            && !markers.Any(o => o.Kind is PropositionMarkerKind.Opposition or PropositionMarkerKind.Rebuttal && o.Span.Start >= m.Span.End && o.Span.End <= trigger.Start));
        var temporal = future ? PropositionTemporal.Future : past ? PropositionTemporal.Past : PropositionTemporal.Present;
        return (stance, temporal);
    }

    private ClaimProposition? TopicKey(Claim claim, DocumentAnalysis analysis, int first, int end, string? speaker, DateOnly? date)
    {
        var tags = analysis.TopicsOf(claim.Evidence.Sentence);
        var topic = tags.FirstOrDefault(t => t.Triggers.Any(x => claim.ClaimSpan.Contains(x.Span.Start))) ?? tags.FirstOrDefault();
        if (topic is null) return null;
        var mention = analysis.MentionsStartingIn(claim.ClaimSpan).FirstOrDefault(m => m.Kind == ActorMentionKind.Actor && m.ActorId is not null);
        string? actor = mention is not null ? _actors.Normalise(mention.ActorId, mention.Date ?? date) : speaker;
        if (actor is null) return null;
        var markers = FindMarkers(analysis, first, end);
        int flips = markers.Count(m => m.Kind is PropositionMarkerKind.Opposition or PropositionMarkerKind.Rebuttal) + (claim.Cue.Type == CueType.Deny && !claim.Negated ? 1 : 0);
        var stance = flips % 2 == 1 ? PropositionStance.Against
            : markers.Any(m => m.Kind == PropositionMarkerKind.Hedge) ? PropositionStance.Hedged : PropositionStance.For;
        return new ClaimProposition
        {
            ClaimId = claim.Id,
            Sentence = claim.Evidence.Sentence,
            Key = $"topic:{topic.Id}:{actor}",
            Label = $"{_actors.NameOf(actor)} on {topic.Area.Name}",
            Topic = topic.Id,
            HolderId = actor,
            HolderSource = mention is null ? HolderSource.Speaker : HolderSource.Subject,
            Stance = stance,
            Temporal = claim.Future ? PropositionTemporal.Future
                : markers.Any(m => m.Kind == PropositionMarkerKind.Past) ? PropositionTemporal.Past : PropositionTemporal.Present,
            Markers = markers,
            SpeakerActorId = speaker,
            CueType = claim.Cue.Type,
        };
    }

    /// <summary>No actor after the predicate ("recognition is not on the agenda"): the most mentioned other party
    /// of the claim's sentence, else of the document.</summary>
    private string? InferObject(int sentenceIndex, DocumentAnalysis analysis, string holder, DateOnly? date)
    {
        return RankParties(analysis.MentionsIn(sentenceIndex), date).FirstOrDefault(id => id != holder)
            // The document's ranking is the same for every sentence: computed once per document.
            ?? _documentParties.GetValue(analysis, a => RankParties(a.Mentions, date)).FirstOrDefault(id => id != holder);
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, List<string>> _documentParties = new();

    /// <summary>Non-person parties, normalised, most mentioned first.</summary>
    private List<string> RankParties(IEnumerable<ActorMention> mentions, DateOnly? date)
    {
        // Parties in order of first mention, then a stable sort by count: ties keep that order.
        var parties = new List<string>();
        var counts = new List<int>();
        Dictionary<string, int>? index = null;
        foreach (var m in mentions)
        {
            if (m.Kind != ActorMentionKind.Actor || m.ActorId is null || m.Actor?.Type == ActorType.Person) continue;
            if (_actors.Normalise(m.ActorId, m.Date ?? date) is not { } id) continue;
            index ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (index.TryGetValue(id, out int at)) counts[at]++;
            else
            {
                index[id] = parties.Count;
                parties.Add(id);
                counts.Add(1);
            }
        }
        if (parties.Count < 2) return parties;
        var order = new int[parties.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => counts[y] != counts[x] ? counts[y].CompareTo(counts[x]) : x.CompareTo(y));
        var ranked = new List<string>(parties.Count);
        foreach (int i in order) ranked.Add(parties[i]);
        return ranked;
    }

    private List<PropositionMarker> FindMarkers(DocumentAnalysis analysis, int lo, int hi)
    {
        var result = new List<PropositionMarker>();
        if (hi <= lo) return result;
        Span<int> ids = hi - lo <= 512 ? stackalloc int[hi - lo] : new int[hi - lo];
        lexicon.Markers.MapTokens(analysis.Text, analysis.Tokens, lo, hi - lo, ids);
        var matches = new List<Topics.PhraseMatch<PropositionMarkerKind>>();
        lexicon.Markers.FindAll(ids, matches);
        foreach (var m in matches)
        {
            var span = new TextSpan(analysis.Tokens[lo + m.StartToken].Start, analysis.Tokens[lo + m.StartToken + m.TokenCount - 1].End);
            foreach (var kind in m.Values.Distinct()) result.Add(new PropositionMarker(kind, span.Slice(analysis.Text), span));
        }
        return result;
    }

    private static DateOnly? DateOf(int sentence, DocumentAnalysis analysis) =>
        analysis.MentionsIn(sentence).FirstOrDefault(m => m.Date is not null)?.Date
        ?? analysis.ReferenceDate?.Value ?? analysis.Metadata.PublishedDate;

    private static readonly HashSet<string> ClauseBreakWords = new(StringComparer.OrdinalIgnoreCase)
        { "that", "but", "while", "although", "whereas", "which", "because", "though" };

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
        { "is", "are", "was", "were", "remains", "remain", "remained", "has", "have", "had", "will", "would", "be", "been", "does", "did", "do", "yet" };

    private static bool IsBreak(DocumentAnalysis analysis, Token t) =>
        t.Kind == TokenKind.Punctuation ? analysis.Text[t.Start] is ',' or ';' or ':' or '\u2014' or '(' or ')'
        : ClauseBreakWords.Contains(analysis.Text.Substring(t.Start, t.Length));

    private static readonly HashSet<string> SubordinateWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whereas", "while" };

    /// <summary>Offset after the last "that"/"which"/";"/":" before the trigger (the sentence start when none).</summary>
    private static int SubordinateStart(DocumentAnalysis analysis, int lo, int tStart)
    {
        for (int i = tStart - 1; i >= lo; i--)
        {
            var t = analysis.Tokens[i];
            bool boundary = t.Kind == TokenKind.Punctuation
                ? analysis.Text[t.Start] is ';' or ':'
                : SubordinateWords.Contains(analysis.Text.Substring(t.Start, t.Length));
            if (boundary) return t.End;
        }
        return analysis.Tokens[lo].Start;
    }

    private static int ClauseStart(DocumentAnalysis analysis, int tStart)
    {
        int i = tStart, limit = Math.Max(0, tStart - ClauseWindow);
        while (i > limit && !IsBreak(analysis, analysis.Tokens[i - 1])) i--;
        return i;
    }

    private static int ClauseEnd(DocumentAnalysis analysis, int tEnd)
    {
        int i = tEnd, limit = Math.Min(analysis.Tokens.Count, tEnd + ClauseWindow);
        while (i < limit && !IsBreak(analysis, analysis.Tokens[i])) i++;
        return Math.Max(i, tEnd);
    }

    private static bool AfterCopula(DocumentAnalysis analysis, int offset)
    {
        int i = TokenSearch.FirstAtOrAfter(analysis.Tokens, offset);
        if (i <= 0) return false;
        var prev = analysis.Tokens[i - 1];
        return Copulas.Contains(analysis.Text.Substring(prev.Start, prev.Length));
    }

    private static bool PrecededBy(DocumentAnalysis analysis, int offset, string word)
    {
        int i = TokenSearch.FirstAtOrAfter(analysis.Tokens, offset);
        if (i <= 0) return false;
        var prev = analysis.Tokens[i - 1];
        return analysis.Text.AsSpan(prev.Start, prev.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
