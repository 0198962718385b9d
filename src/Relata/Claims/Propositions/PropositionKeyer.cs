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

    // The knowledge base is fixed, so a normalisation holds for every document: the same actors and dates come back
    // (actors whose answer does not depend on the date are remembered by the normaliser itself).
    private const int MaxNormalised = 1 << 16;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, DateOnly? Date), string?> _normalised = new();
    private int _normalisedAdded;

    internal string? Normalise(string actorId, DateOnly? date)
    {
        if (_actors.TryDateFree(actorId, out var id) || _normalised.TryGetValue((actorId, date), out id)) return id;
        id = _actors.Normalise(actorId, date);
        if (Interlocked.Increment(ref _normalisedAdded) > MaxNormalised)
        {
            _normalised.Clear();
            _normalisedAdded = 0;
        }
        _normalised[(actorId, date)] = id;
        return id;
    }

    public PropositionOptions Options => _options;

    public ClaimProposition? Key(Claim claim, DocumentAnalysis analysis)
    {
        var scratch = Scratch(analysis);
        DateOnly? date = DateOf(claim.Evidence.Sentence, analysis);
        string? speaker = scratch.Normalise(claim.Speaker?.ActorId, date);
        var utterance = new Utterance(claim.Id, claim.ClaimSpan, claim.Evidence.Sentence, claim.Cue.Type, claim.Negated, claim.TargetSpan, Fallbacks: true);
        var (first, end) = TokenRange(analysis, claim.ClaimSpan, FirstTokenOf(analysis, claim.Evidence.FirstSentence));
        if (end <= first) return null;
        return FromTriggers(utterance, analysis, scratch, first, end, speaker, date, dateKnown: true)
            ?? (_options.TopicKeys ? TopicKey(claim, analysis, scratch, first, end, speaker, date) : null);
    }

    /// <summary>
    /// A proposition stated in the author's own voice ("Moscow's recognition of the Taliban is seen as …"): only
    /// when the sentence names both the holder and the object; no speaker, target or inferred object to fall back on.
    /// </summary>
    public ClaimProposition? KeyStatement(Sentence sentence, DocumentAnalysis analysis)
    {
        var (first, end) = TokenRange(analysis, sentence.Span, sentence.FirstToken);
        if (end <= first) return null;
        var utterance = new Utterance(null, sentence.Span, sentence.Index, CueType.Neutral, false, null, Fallbacks: false);
        // Most sentences hold no trigger: their date is only looked up when one does.
        return FromTriggers(utterance, analysis, Scratch(analysis), first, end, null, null, dateKnown: false);
    }

    /// <summary>Trigger-matcher word ids of every token of the document, for <paramref name="scratch"/> while a stage keys it.</summary>
    internal void MapTriggers(DocumentAnalysis analysis, int[] ids) =>
        lexicon.Triggers.MapTokens(analysis.Text, analysis.Tokens, 0, analysis.Tokens.Count, ids);

    /// <summary>The scratch space of this keyer for one document (normalised actors, document parties), kept on the analysis.</summary>
    internal KeyerScratch Scratch(DocumentAnalysis analysis)
    {
        var scratch = analysis.PropositionScratch;
        if (scratch is null || scratch.Owner != this || scratch.MentionCount != analysis.Mentions.Count)
            analysis.PropositionScratch = scratch = new KeyerScratch(this, analysis.Mentions.Count);
        return scratch;
    }

    private ClaimProposition? FromTriggers(Utterance u, DocumentAnalysis analysis, KeyerScratch scratch, int first, int end, string? speaker,
        DateOnly? date, bool dateKnown)
    {
        // The stage maps the document's trigger ids once; a claim keyed on its own maps just its tokens.
        var documentIds = scratch.TriggerIds;
        Span<int> ids = documentIds is not null ? documentIds.AsSpan(first, end - first)
            : end - first <= 512 ? stackalloc int[end - first] : new int[end - first];
        if (documentIds is null) lexicon.Triggers.MapTokens(analysis.Text, analysis.Tokens, first, end - first, ids);
        // Leftmost-longest, non-overlapping triggers, each tried as soon as it is found.
        for (int i = 0; i < ids.Length;)
        {
            if (ids[i] < 0 || !lexicon.Triggers.TryMatchAt(ids, i, out var trigger)) { i++; continue; }
            if (!dateKnown) { date = DateOf(u.Sentence, analysis); dateKnown = true; }
            if (KeyAt(u, analysis, scratch, first, end, trigger, trigger.Values[0], speaker, date) is { } found) return found;
            i += trigger.TokenCount;
        }
        return null;
    }

    private static int FirstTokenOf(DocumentAnalysis analysis, int sentence) =>
        (uint)sentence < (uint)analysis.Sentences.Count ? analysis.Sentences[sentence].FirstToken : -1;

    /// <summary>Tokens [First, End) of <paramref name="span"/>; <paramref name="hint"/> is a token at or shortly before its start
    /// (its sentence's first token), walked forward instead of searching the whole document when it proves right.</summary>
    private static (int First, int End) TokenRange(DocumentAnalysis analysis, TextSpan span, int hint)
    {
        var tokens = analysis.Tokens;
        int first = TokenSearch.FirstAtOrAfter(tokens, span.Start, hint), end = first;
        while (end < tokens.Count && tokens[end].End <= span.End) end++;
        return (first, end);
    }

    /// <summary>What the keyer needs of a claim or an author's sentence.</summary>
    private readonly record struct Utterance(string? ClaimId, TextSpan Span, int Sentence, CueType Cue, bool Negated, TextSpan? Target, bool Fallbacks);

    private ClaimProposition? KeyAt(Utterance claim, DocumentAnalysis analysis, KeyerScratch scratch, int first, int end,
        Topics.PhraseMatch<TriggerForm> trigger, TriggerForm form, string? speaker, DateOnly? date)
    {
        var tokens = analysis.Tokens;
        int tStart = first + trigger.StartToken, tEnd = tStart + trigger.TokenCount;
        var triggerSpan = new TextSpan(tokens[tStart].Start, tokens[tEnd - 1].End);
        // Holder, object and markers come from the trigger's own sentence (a quote may run over several).
        var sentenceSpan = analysis.SentenceAt(triggerSpan.Start, claim.Sentence)?.Span ?? claim.Span;
        int lo = first, hi = end;
        while (lo < tStart && tokens[lo].Start < sentenceSpan.Start) lo++;
        while (hi > tEnd && tokens[hi - 1].End > sentenceSpan.End) hi--;
        var scope = new TextSpan(tokens[lo].Start, tokens[hi - 1].End);

        // Markers are only read once a holder is in sight: most triggers key nothing.
        var markers = scratch.Markers;
        bool markersFound = false;
        // Actor mentions starting in the scope: indices [mFrom, mTo) of analysis.Mentions, filtered by IsKeyable.
        var all = analysis.Mentions;
        int mFrom = FirstMentionAtOrAfter(all, scope.Start), mTo = mFrom;
        while (mTo < all.Count && all[mTo].Span.Start < scope.End) mTo++;

        string? holder = null; var source = HolderSource.Subject;
        // The subject of the predicate's own clause: "Nicholson stated that Russia was supporting …" → Russia.
        int clauseFrom = SubordinateStart(analysis, lo, tStart);
        ActorMention? before = null, anyBefore = null;
        for (int i = mFrom; i < mTo; i++)
        {
            var m = all[i];
            if (!IsKeyable(m) || m.Span.End > triggerSpan.Start) continue;
            anyBefore ??= m;
            if (m.Span.Start >= clauseFrom) { before = m; break; }
        }
        before ??= anyBefore;
        if (before is not null)
        {
            FindMarkers(analysis, lo, hi, markers);
            markersFound = true;
            int firstSelf = -1;
            bool selfBeforeTrigger = false;
            for (int i = 0; i < markers.Count; i++)
            {
                if (markers[i].Kind != PropositionMarkerKind.Self) continue;
                if (firstSelf < 0) firstSelf = i;
                if (markers[i].Span.End <= triggerSpan.Start) selfBeforeTrigger = true;
            }
            if (!(selfBeforeTrigger && markers[firstSelf].Span.Start < before.Span.Start))
                holder = scratch.Normalise(before.ActorId, before.Date ?? date);
        }
        ActorMention? agent = null;
        for (int i = mFrom; i < mTo; i++)
        {
            var m = all[i];
            if (IsKeyable(m) && m.Span.Start >= triggerSpan.End && PrecededBy(analysis, m.Span.Start, tEnd, "by")) { agent = m; break; }
        }
        if (holder is null && agent is not null) { holder = scratch.Normalise(agent.ActorId, agent.Date ?? date); source = HolderSource.Agent; }
        if (holder is null && claim.Target is { } target && FirstActorOverlapping(analysis, target, claim.Sentence) is { } t)
        { holder = scratch.Normalise(t.ActorId, t.Date ?? date); source = HolderSource.Target; }
        if (holder is null && claim.Fallbacks && speaker is not null) { holder = speaker; source = HolderSource.Speaker; }
        if (holder is null) return null;

        string? obj = null;
        for (int i = mFrom; i < mTo && obj is null; i++)
        {
            var m = all[i];
            if (!IsKeyable(m) || m.Span.Start < triggerSpan.End || m == agent) continue;
            var normalised = scratch.Normalise(m.ActorId, m.Date ?? date);
            if (normalised != holder) obj = normalised;
        }
        bool inferred = false;
        if (obj is null && form.Family.ObjectRequired)
        {
            if (!claim.Fallbacks) return null;
            obj = InferObject(claim.Sentence, analysis, scratch, holder, date);
            inferred = obj is not null;
            if (obj is null) return null;
        }

        if (!markersFound) FindMarkers(analysis, lo, hi, markers);
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
            Markers = Materialise(analysis.Text, markers),
            SpeakerActorId = speaker,
            CueType = claim.Cue,
        };
    }

    /// <summary>The first linked actor mention overlapping <paramref name="span"/> (as DocumentAnalysis.MentionsOverlapping finds them).</summary>
    private static ActorMention? FirstActorOverlapping(DocumentAnalysis analysis, TextSpan span, int hint)
    {
        int first = analysis.SentenceIndexAt(span.Start, hint);
        int last = span.Length == 0 || first < 0 ? first : analysis.SentenceIndexAt(span.End - 1, first) is var l and >= 0 ? l : first;
        if (first < 0)
        {
            foreach (var m in analysis.Mentions)
                if (m.Span.Overlaps(span) && IsKeyable(m)) return m;
            return null;
        }
        var index = SentenceMentions.Of(analysis);
        for (int s = first; s <= last; s++)
            foreach (var m in index.In(s, analysis))
                if (m.Span.Overlaps(span) && IsKeyable(m)) return m;
        return null;
    }

    private static bool IsKeyable(ActorMention m) => m.Kind == ActorMentionKind.Actor && m.ActorId is not null;

    private static int FirstMentionAtOrAfter(List<ActorMention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The stance: oppositions and negations in the predicate's clause flip it (a deny cue flips it once more
    /// from the speaker's side); hedges soften an unflipped claim.</summary>
    private static (PropositionStance, PropositionTemporal) StanceOf(Utterance claim, DocumentAnalysis analysis,
        List<FoundMarker> markers, TextSpan trigger, int tStart, int tEnd, TriggerForm form)
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
        bool hedged = false;
        foreach (var m in markers) hedged |= m.Kind == PropositionMarkerKind.Hedge;
        var stance = flips % 2 == 1 ? PropositionStance.Against : hedged ? PropositionStance.Hedged : PropositionStance.For;

        // Not claim.Future: that flag reads the whole claim, and "has no plans to arm" is a present refusal.
        bool future = claim.Cue is CueType.Predict or CueType.Promise;
        foreach (var m in markers) future |= m.Kind == PropositionMarkerKind.Future && clause.Contains(m.Span.Start);
        bool past = form.Past;
        foreach (var m in markers)
        {
            if (past) break;
            if (m.Kind != PropositionMarkerKind.Past || m.Span.End > trigger.Start
                || TokenSearch.FirstAtOrAfter(tokens, trigger.Start, tStart) - TokenSearch.FirstAtOrAfter(tokens, m.Span.End) > 2) continue;
            bool opposed = false;
            foreach (var o in markers)
                opposed |= o.Kind is PropositionMarkerKind.Opposition or PropositionMarkerKind.Rebuttal && o.Span.Start >= m.Span.End && o.Span.End <= trigger.Start;
            past = !opposed;
        }
        var temporal = future ? PropositionTemporal.Future : past ? PropositionTemporal.Past : PropositionTemporal.Present;
        return (stance, temporal);
    }

    private ClaimProposition? TopicKey(Claim claim, DocumentAnalysis analysis, KeyerScratch scratch, int first, int end, string? speaker, DateOnly? date)
    {
        var tags = analysis.TopicsOf(claim.Evidence.Sentence);
        if (tags.Count == 0) return null;
        var topic = FirstTopicIn(tags, claim.ClaimSpan) ?? tags[0];
        var all = analysis.Mentions;
        ActorMention? mention = null;
        for (int i = FirstMentionAtOrAfter(all, claim.ClaimSpan.Start); i < all.Count && all[i].Span.Start < claim.ClaimSpan.End; i++)
            if (IsKeyable(all[i])) { mention = all[i]; break; }
        string? actor = mention is not null ? scratch.Normalise(mention.ActorId, mention.Date ?? date) : speaker;
        if (actor is null) return null;
        var markers = scratch.Markers;
        FindMarkers(analysis, first, end, markers);
        int flips = claim.Cue.Type == CueType.Deny && !claim.Negated ? 1 : 0;
        bool hedged = false, past = false;
        foreach (var m in markers)
        {
            if (m.Kind is PropositionMarkerKind.Opposition or PropositionMarkerKind.Rebuttal) flips++;
            hedged |= m.Kind == PropositionMarkerKind.Hedge;
            past |= m.Kind == PropositionMarkerKind.Past;
        }
        var stance = flips % 2 == 1 ? PropositionStance.Against
            : hedged ? PropositionStance.Hedged : PropositionStance.For;
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
                : past ? PropositionTemporal.Past : PropositionTemporal.Present,
            Markers = Materialise(analysis.Text, markers),
            SpeakerActorId = speaker,
            CueType = claim.Cue.Type,
        };
    }

    /// <summary>The first tag with a trigger starting inside <paramref name="span"/>.</summary>
    private static Topics.TopicTag? FirstTopicIn(IReadOnlyList<Topics.TopicTag> tags, TextSpan span)
    {
        for (int t = 0; t < tags.Count; t++)
        {
            var triggers = tags[t].Triggers;
            for (int i = 0; i < triggers.Count; i++)
                if (span.Contains(triggers[i].Span.Start)) return tags[t];
        }
        return null;
    }

    /// <summary>No actor after the predicate ("recognition is not on the agenda"): the most mentioned other party
    /// of the claim's sentence, else of the document.</summary>
    private string? InferObject(int sentenceIndex, DocumentAnalysis analysis, KeyerScratch scratch, string holder, DateOnly? date)
    {
        if (!scratch.SentenceParties.TryGetValue(sentenceIndex, out var parties))
            scratch.SentenceParties[sentenceIndex] = parties = RankParties(SentenceMentions.Of(analysis).In(sentenceIndex, analysis), scratch, date);
        return FirstOther(parties, holder)
            // The document's ranking is the same for every sentence: computed once per document.
            ?? FirstOther(scratch.DocumentParties ??= RankParties(analysis.Mentions, scratch, date), holder);
    }

    private static string? FirstOther(List<string> parties, string holder)
    {
        foreach (var id in parties) if (id != holder) return id;
        return null;
    }

    /// <summary>Non-person parties, normalised, most mentioned first.</summary>
    // Parties in order of first mention, then a stable sort by count: ties keep that order. A sentence or an ordinary
    // document names a handful of parties, so a linear search beats a dictionary until there are more.
    private const int LinearParties = 64;

    private static List<string> RankParties(SentenceMentions.Enumerable mentions, KeyerScratch scratch, DateOnly? date)
    {
        var parties = new List<string>();
        scratch.PartyCounts.Clear();
        Dictionary<string, int>? index = null;
        foreach (var m in mentions) AddParty(m, parties, ref index, scratch, date);
        return Ranked(parties, scratch.PartyCounts);
    }

    /// <summary>The document's parties: a document names many, each found once by value in a reused index (a linear
    /// search of the list is quadratic in the parties).</summary>
    [ThreadStatic] private static Dictionary<string, int>? t_partyIndex;

    private static List<string> RankParties(List<ActorMention> mentions, KeyerScratch scratch, DateOnly? date)
    {
        var parties = new List<string>();
        var counts = scratch.PartyCounts;
        counts.Clear();
        // Reused from document to document on the thread: a new index per document would regrow its tables each time.
        var index = t_partyIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
        index.Clear();
        foreach (var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Kind != ActorMentionKind.Actor || m.ActorId is null || m.Actor?.Type == ActorType.Person) continue;
            if (scratch.Normalise(m.ActorId, m.Date ?? date) is not { } id) continue;
            ref int at = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, id, out bool known);
            if (known) counts[at]++;
            else
            {
                at = parties.Count;
                parties.Add(id);
                counts.Add(1);
            }
        }
        return Ranked(parties, counts);
    }

    private static void AddParty(ActorMention m, List<string> parties, ref Dictionary<string, int>? index, KeyerScratch scratch, DateOnly? date)
    {
        if (m.Kind != ActorMentionKind.Actor || m.ActorId is null || m.Actor?.Type == ActorType.Person) return;
        if (scratch.Normalise(m.ActorId, m.Date ?? date) is not { } id) return;
        var counts = scratch.PartyCounts;
        if (index is null && parties.Count >= LinearParties)
        {
            index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < parties.Count; i++) index[parties[i]] = i;
        }
        int at = index is null ? parties.IndexOf(id) : index.TryGetValue(id, out int found) ? found : -1;
        if (at < 0) index?.Add(id, parties.Count);
        if (at >= 0) counts[at]++;
        else
        {
            parties.Add(id);
            counts.Add(1);
        }
    }

    /// <summary>Insertion sort by count, most first: stable, and the lists are short.</summary>
    /// <summary>A long document's many parties: an ordinary sort, ties broken by first mention.</summary>
    private static List<string> SortedByCount(List<string> parties, List<int> counts)
    {
        var order = new int[parties.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => counts[y] != counts[x] ? counts[y].CompareTo(counts[x]) : x.CompareTo(y));
        var ranked = new List<string>(parties.Count);
        foreach (int i in order) ranked.Add(parties[i]);
        return ranked;
    }

    private static List<string> Ranked(List<string> parties, List<int> counts)
    {
        if (parties.Count > 64) return SortedByCount(parties, counts);
        for (int i = 1; i < parties.Count; i++)
        {
            string party = parties[i];
            int count = counts[i], k = i;
            for (; k > 0 && counts[k - 1] < count; k--)
            {
                parties[k] = parties[k - 1];
                counts[k] = counts[k - 1];
            }
            parties[k] = party;
            counts[k] = count;
        }
        return parties;
    }

    private void FindMarkers(DocumentAnalysis analysis, int lo, int hi, List<FoundMarker> into)
    {
        into.Clear();
        if (hi <= lo) return;
        Span<int> ids = hi - lo <= 512 ? stackalloc int[hi - lo] : new int[hi - lo];
        lexicon.Markers.MapTokens(analysis.Text, analysis.Tokens, lo, hi - lo, ids);
        for (int i = 0; i < ids.Length;)
        {
            if (ids[i] < 0 || !lexicon.Markers.TryMatchAt(ids, i, out var m)) { i++; continue; }
            var span = new TextSpan(analysis.Tokens[lo + m.StartToken].Start, analysis.Tokens[lo + m.StartToken + m.TokenCount - 1].End);
            var values = m.Values;
            for (int v = 0; v < values.Count; v++)
            {
                bool seen = false;
                for (int w = 0; w < v && !seen; w++) seen = values[w] == values[v];
                if (!seen) into.Add(new FoundMarker(values[v], span));
            }
            i += m.TokenCount;
        }
    }

    private static List<PropositionMarker> Materialise(string text, List<FoundMarker> markers)
    {
        var result = new List<PropositionMarker>(markers.Count);
        foreach (var m in markers) result.Add(new PropositionMarker(m.Kind, m.Span.Slice(text), m.Span));
        return result;
    }

    private static DateOnly? DateOf(int sentence, DocumentAnalysis analysis)
    {
        foreach (var m in SentenceMentions.Of(analysis).In(sentence, analysis))
            if (m.Date is not null) return m.Date;
        return analysis.ReferenceDate?.Value ?? analysis.Metadata.PublishedDate;
    }

    private static readonly HashSet<string> ClauseBreakWords = new(StringComparer.OrdinalIgnoreCase)
        { "that", "but", "while", "although", "whereas", "which", "because", "though" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakLookup = ClauseBreakWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
        { "is", "are", "was", "were", "remains", "remain", "remained", "has", "have", "had", "will", "would", "be", "been", "does", "did", "do", "yet" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = Copulas.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsBreak(DocumentAnalysis analysis, Token t) =>
        t.Kind == TokenKind.Punctuation ? analysis.Text[t.Start] is ',' or ';' or ':' or '\u2014' or '(' or ')'
        : MaybeClauseWord(analysis.Text.AsSpan(t.Start, t.Length)) && ClauseBreakLookup.Contains(analysis.Text.AsSpan(t.Start, t.Length));

    /// <summary>Every clause-break and subordinating word has 3 to 8 letters and starts with a, b, t or w (no other
    /// character upper-cases to those): most tokens are turned away without hashing.</summary>
    private static bool MaybeClauseWord(ReadOnlySpan<char> w) => w.Length is >= 3 and <= 8 && (w[0] | 0x20) is 'a' or 'b' or 't' or 'w';

    private static readonly HashSet<string> SubordinateWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whereas", "while" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinateLookup = SubordinateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Offset after the last "that"/"which"/";"/":" before the trigger (the sentence start when none).</summary>
    private static int SubordinateStart(DocumentAnalysis analysis, int lo, int tStart)
    {
        for (int i = tStart - 1; i >= lo; i--)
        {
            var t = analysis.Tokens[i];
            bool boundary = t.Kind == TokenKind.Punctuation
                ? analysis.Text[t.Start] is ';' or ':'
                : MaybeClauseWord(analysis.Text.AsSpan(t.Start, t.Length)) && SubordinateLookup.Contains(analysis.Text.AsSpan(t.Start, t.Length));
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
        return CopulaLookup.Contains(analysis.Text.AsSpan(prev.Start, prev.Length));
    }

    private static bool PrecededBy(DocumentAnalysis analysis, int offset, int hint, string word)
    {
        int i = TokenSearch.FirstAtOrAfter(analysis.Tokens, offset, hint);
        if (i <= 0) return false;
        var prev = analysis.Tokens[i - 1];
        return analysis.Text.AsSpan(prev.Start, prev.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
