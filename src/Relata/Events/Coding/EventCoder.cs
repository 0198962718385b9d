using Relata.Actors;
using Relata.Documents;
using Relata.Events.Patterns;
using Relata.Pipeline;
using Relata.Places;
using Relata.Time;

namespace Relata.Events.Coding;

/// <summary>Codes the events of one document: triggers by clause, participants, modality, date and place.</summary>
internal sealed class EventCoder(DocumentAnalysis analysis, PatternMatcher matcher, EventPatternSet patterns, Gazetteer gazetteer, PlaceCache placeCache,
    WordTable wordTable)
{
    private const string Placeholder = "\u2063someone";

    private readonly List<CodedEvent> _events = analysis.Events;

    /// <summary>The sentence being coded; <see cref="HasTrigger"/> sets its words.</summary>
    private readonly SentenceView _view = new(analysis, wordTable);

    private readonly int _eventsBefore = analysis.Events.Count;

    /// <summary>"e1", "e2", … by position in the document's event list.</summary>
    private static string EventId(int index)
    {
        // The same ids recur in every document: the first few thousand are made once and shared.
        var ids = s_eventIds;
        if ((uint)index >= (uint)ids.Length) return "e" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ids[index] ??= "e" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly string?[] s_eventIds = new string?[4096];

    public void Run()
    {
        var documentDate = DocumentDate();
        _documentDate = documentDate;
        var mentions = analysis.Mentions;
        // Claims by start, so each sentence sees only the claims that reach into it (long documents have thousands).
        var claims = IsByStart(analysis.Claims) ? analysis.Claims : analysis.Claims.OrderBy(c => c.ClaimSpan.Start).ToList();
        int claimIndex = 0;
        var sentenceMentions = new List<ActorMention>();
        var dates = new List<(Timex Timex, int Token)>();
        int mentionIndex = 0, timexIndex = 0, paragraph = -1;
        EventDate? paragraphDate = null;

        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                paragraphDate = null;
            }
            sentenceMentions.Clear();
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Span.Start < sentence.Span.Start) mentionIndex++;
            for (int k = mentionIndex; k < mentions.Count && mentions[k].Span.Start < sentence.Span.End; k++) sentenceMentions.Add(mentions[k]);
            dates.Clear();
            while (timexIndex < analysis.Timexes.Count && analysis.Timexes[timexIndex].Span.Start < sentence.Span.Start) timexIndex++;
            for (int k = timexIndex; k < analysis.Timexes.Count && analysis.Timexes[k].Span.Start < sentence.Span.End; k++)
            {
                var t = analysis.Timexes[k];
                if (IsEventDate(t)) dates.Add((t, analysis.TokenIndexAt(t.Span.Start, sentence) - sentence.FirstToken));
            }

            _sentenceClaims.Clear();
            while (claimIndex < claims.Count && claims[claimIndex].ClaimSpan.End <= sentence.Span.Start && claims[claimIndex].ClaimSpan.Start < sentence.Span.Start) claimIndex++;
            for (int k = claimIndex; k < claims.Count && claims[k].ClaimSpan.Start < sentence.Span.End; k++)
                if (claims[k].ClaimSpan.End > sentence.Span.Start) _sentenceClaims.Add(claims[k]);

            var role = analysis.ParagraphOf(sentence);
            if (role.IsReporting && role.Role != ParagraphRole.Heading && sentence.TokenCount > 0)
            {
                if (HasTrigger(sentence))
                {
                    var view = _view;
                    view.Load(sentence, sentenceMentions);
                    int first = _events.Count;
                    CodeSentence(view, dates, paragraphDate ?? documentDate);
                    DenialOfPrevious(view, first);
                    ShiftParticipants();
                    foreach (var m in view.Mentions)
                        if (m.IsParticipant && !Participants.IsLocation(view, m)) _previousParticipants.Add(m.Mention);
                    (_previousFirst, _previousEnd) = (first, _events.Count);
                    var lead = Participants.LeadSubject(view, view.Words.Length, _lead);
                    if (lead.Count > 0)
                    {
                        _previousLead.Clear();
                        foreach (var m in lead) _previousLead.Add(m.Mention);
                    }
                }
                else
                {
                    (_previousFirst, _previousEnd) = (_events.Count, _events.Count);
                    ShiftParticipants();
                    foreach (var m in sentenceMentions)
                        if (m.Kind == ActorMentionKind.Actor && !IsAfterPreposition(sentence, m)) _previousParticipants.Add(m);
                    if (FirstSubjectMention(sentence, sentenceMentions) is { } first) SetPreviousLead(first);
                }
            }
            if (dates.Count > 0) paragraphDate = ToDate(SentenceDate(dates), "context");
        }
        // Events get their ids as they are coded; any that were there before are renumbered in the same sequence.
        for (int i = 0; i < _eventsBefore; i++) _events[i] = _events[i] with { Id = EventId(i) };
    }

    private int _previousFirst, _previousEnd;

    /// <summary>Claims mostly come in text order already: then the stable sort by start would return the same list.</summary>
    private static bool IsByStart(List<Relata.Claims.Claim> claims)
    {
        for (int i = 1; i < claims.Count; i++)
            if (claims[i].ClaimSpan.Start < claims[i - 1].ClaimSpan.Start) return false;
        return true;
    }

    private EventDate? _documentDate;

    /// <summary>Participants of the sentence before the last, for "the two sides" when the last named only one party.</summary>
    private readonly List<ActorMention> _earlierParticipants = [];

    private void ShiftParticipants()
    {
        _earlierParticipants.Clear();
        _earlierParticipants.AddRange(_previousParticipants);
        _previousParticipants.Clear();
    }

    /// <summary>Participants of the last sentence, for "the two sides" in the next.</summary>
    private readonly List<ActorMention> _previousParticipants = [];

    private static readonly WordSet DeniedThings = new(
    [
        "this", "these", "it", "them", "claim", "claims", "allegation", "allegations", "report", "reports", "accusation",
        "accusations", "charge", "charges", "assertion", "assertions",
    ]);

    /// <summary>
    /// "Russia denied this." right after a report of what Russia did: the previous sentence's events with that source
    /// become alleged.
    /// </summary>
    private void DenialOfPrevious(SentenceView s, int first)
    {
        for (int i = first; i < _events.Count; i++)
        {
            var denial = _events[i];
            if (denial.Cameo != "016" || denial.Source?.Id is not { } denier) continue;
            int trigger = analysis.TokenIndexAt(denial.TriggerSpan.Start, s.Sentence) - s.Sentence.FirstToken;
            int k = trigger + 1;
            if (s.Is(k, "the")) k++;
            if (s.Is(k, "recent") || s.Is(k, "latest") || s.Is(k, "earlier")) k++;
            if (!s.IsAny(k, DeniedThings)) continue;
            for (int j = _previousFirst; j < _previousEnd && j < first; j++)
                if (_events[j].Modality == EventModality.Asserted && _events[j].Source?.Id == denier)
                    _events[j] = _events[j] with { Modality = EventModality.Alleged, ModalityCue = "denied" };
        }
    }

    /// <summary>Subject of the last sentence that had one: the antecedent of "It"/"They" in the next sentence.</summary>
    private readonly List<ActorMention> _previousLead = [];

    private void SetPreviousLead(ActorMention lead)
    {
        _previousLead.Clear();
        _previousLead.Add(lead);
    }

    private readonly List<Relata.Claims.Claim> _sentenceClaims = [];

    /// <summary>Sentence-relative positions of the tokens that can start a pattern, filled by <see cref="HasTrigger"/>.</summary>
    private readonly List<int> _triggerPositions = [];

    /// <summary>
    /// Reads the sentence's words and finds the tokens that can start a pattern; most sentences of long analysis have
    /// none and need no view.
    /// </summary>
    private bool HasTrigger(Sentence sentence)
    {
        _triggerPositions.Clear();
        var text = analysis.Text.AsSpan();
        var tokens = analysis.TokensOf(sentence);
        // A sentence whose tokens all fail the trigger filter has no trigger and needs no word look-ups at all.
        var filter = patterns.TriggerFilter;
        int candidate = 0;
        while (candidate < tokens.Length && !filter.MayContain(text.Slice(tokens[candidate].Start, tokens[candidate].Length))) candidate++;
        if (candidate == tokens.Length) return false;
        _view.Prepare(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = wordTable.Get(text.Slice(tokens[i].Start, tokens[i].Length));
            _view.SetWord(i, word);
            if (word.IsTrigger) _triggerPositions.Add(i);
        }
        return _triggerPositions.Count > 0;
    }

    /// <summary>The first participant of a sentence not after a preposition: a cheap subject for a sentence with no trigger.</summary>
    private ActorMention? FirstSubjectMention(Sentence sentence, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            bool participant = m.Kind == ActorMentionKind.Actor || (m.Kind == ActorMentionKind.Candidate && m.CandidateType != CandidateType.Place);
            if (!participant || IsAfterPreposition(sentence, m)) continue;
            return m;
        }
        return null;
    }

    private bool IsAfterPreposition(Sentence sentence, ActorMention m)
    {
        int token = analysis.TokenIndexAt(m.Span.Start, sentence);
        for (int k = token - 1; k >= sentence.FirstToken && k >= token - 2; k--)
        {
            var t = analysis.Tokens[k];
            var w = analysis.Text.AsSpan(t.Start, t.Length);
            if (ModalityCues.Prepositions.Contains(w)) return true;
            if (!w.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    private void CodeSentence(SentenceView s, List<(Timex Timex, int Token)> dates, EventDate? fallbackDate)
    {
        var matches = Triggers(s);
        if (matches.Count == 0) return;
        bool hasOther = matches.Exists(m => m.Code != "010");
        var objects = _objects;
        objects.Clear();
        foreach (var m in matches)
            if (m.Target is { } t) objects.Add(t);
        foreach (var match in matches)
        {
            if (hasOther && match.Code == "010") continue;
            Code(s, match, dates, fallbackDate, objects, AccusationOf(matches, match));
        }
    }

    /// <summary>"accused Armenia of opening fire": the accusation whose "of" complement this match is.</summary>
    private static PatternMatch? AccusationOf(List<PatternMatch> matches, PatternMatch match)
    {
        foreach (var a in matches)
        {
            if (!a.Code.StartsWith("112", StringComparison.Ordinal) || a.Target is null || ReferenceEquals(a, match)) continue;
            if (match.Span.Start == a.Span.End || match.Span.Start == a.Span.End + 1) return a;
        }
        return null;
    }

    /// <summary>A generic attack (190) refined by the weapon its clause names: drones 1952, aircraft 195, artillery 194.</summary>
    private static string RefineByInstrument(SentenceView s, PatternMatch match)
    {
        if (match.Code != "190" || match.Pattern.Kind != PatternKind.Verb) return match.Code;
        int trigger = match.Span.Start, clause = s.Clauses[trigger];
        int from = Math.Max(0, trigger - 6), to = Math.Min(s.Words.Length, match.Span.End + 10);
        string code = match.Code;
        bool instrument = true;
        for (int i = from; i < to; i++)
        {
            // After the verb only "with"/"using" phrases name the weapon; "shot down 62 drones" names the target.
            if (i == trigger) instrument = false;
            if (i > trigger && (s.Is(i, "with") || s.Is(i, "using"))) instrument = true;
            if (s.Clauses[i] != clause || !instrument) continue;
            if (s.IsAny(i, ModalityCues.DroneWords)) return "1952";
            if (s.IsAny(i, ModalityCues.AerialWords) && !s.Is(i + 1, "defence") && !s.Is(i + 1, "defences") && !s.Is(i + 1, "defense")) code = "195";
            else if (code == "190" && s.IsAny(i, ModalityCues.ArtilleryWords)) code = "194";
        }
        return code;
    }

    private readonly List<PatternMatch> _found = [], _accepted = [];
    private readonly List<TokenRange> _objects = [];

    /// <summary>Best match per trigger position, names and passives handled, then non-overlapping by specificity.</summary>
    private List<PatternMatch> Triggers(SentenceView s)
    {
        var tokens = s.PatternTokens;
        var found = _found;
        found.Clear();
        foreach (int i in _triggerPositions)
        {
            if (IsPartOfName(s, i)) continue;
            var best = matcher.BestAt(tokens, i);
            if (best is { Pattern.Kind: PatternKind.Verb } && LooksNominal(s, i)) best = null;
            if (Participants.IsPassive(s, i) && PassiveMatch(tokens, i) is { } passive
                && (best is null || passive.Specificity > best.Specificity)) best = passive;
            if (best is not null) found.Add(best);
        }
        found.Sort((a, b) =>
        {
            int c = b.Specificity.CompareTo(a.Specificity);
            if (c != 0) return c;
            c = b.Code.Length.CompareTo(a.Code.Length);
            return c != 0 ? c : b.Span.Length.CompareTo(a.Span.Length);
        });
        var accepted = _accepted;
        accepted.Clear();
        foreach (var m in found)
            if (!OverlapsAny(accepted, m)) accepted.Add(m);
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    private static bool OverlapsAny(List<PatternMatch> accepted, PatternMatch m)
    {
        foreach (var a in accepted)
        {
            // "Turkey mediated talks between Russia and Ukraine", "Qatar brokered a ceasefire between …": the mediation
            // and the act it brought about are two events, so a mediation does not push out what it mediated.
            if (IsMediation(a) != IsMediation(m)) continue;
            if (Covers(a, m.Span.Start) || Covers(m, a.Span.Start)) return true;
        }
        return false;
    }

    private static bool IsMediation(PatternMatch m) => m.Code == "045";

    /// <summary>"mediated between Russia and Ukraine": the slot ends after the first party; the one after "and" is the other.</summary>
    private static void SecondParty(SentenceView s, List<MentionAt> targets)
    {
        if (targets.Count != 1 || !s.Is(targets[0].End, "and")) return;
        int next = targets[0].End + 1;
        if (s.IsAny(next, Participants.Determiners)) next++;
        foreach (var m in s.Mentions)
            if (m.Start > targets[0].End && m.Start <= next && m.IsParticipant && !Participants.IsLocation(s, m) && !Participants.SameActor(m, targets[0]))
            {
                targets.Add(m);
                return;
            }
    }

    /// <summary>True when <paramref name="i"/> is a literal part of <paramref name="m"/> (not inside its actor slots).</summary>
    private static bool Covers(PatternMatch m, int i) =>
        i >= m.Span.Start && i < m.Span.End && !In(m.Target, i) && !In(m.Source, i);

    private static bool In(TokenRange? r, int i) => r is { } x && i >= x.Start && i < x.End;

    /// <summary>"were removed from the list": match as if the object stood after the verb, then drop that object.</summary>
    private PatternMatch? PassiveMatch(PatternTokens tokens, int i)
    {
        int count = tokens.Count + 1;
        if (_passiveWords.Length < count) (_passiveWords, _passiveIds) = (new string[count * 2], new int[count * 2]);
        tokens.Words[..(i + 1)].CopyTo(_passiveWords);
        tokens.Ids[..(i + 1)].CopyTo(_passiveIds);
        _passiveWords[i + 1] = Placeholder;
        _passiveIds[i + 1] = PatternWords.None;
        tokens.Words[(i + 1)..].CopyTo(_passiveWords.AsSpan(i + 2));
        tokens.Ids[(i + 1)..].CopyTo(_passiveIds.AsSpan(i + 2));
        var m = matcher.BestAt(new PatternTokens(_passiveWords.AsSpan(0, count), _passiveIds.AsSpan(0, count), tokens.Present), i);
        if (m is null || m.Target is not { } t || t.Start != i + 1) return null;
        TokenRange Back(TokenRange r) => new(r.Start > i ? r.Start - 1 : r.Start, r.End > i + 1 ? r.End - 1 : r.End);
        return m with
        {
            Span = Back(m.Span),
            Target = t.Length == 1 ? null : new TokenRange(t.Start, t.End - 1),
            Source = m.Source is { } src ? Back(src) : null,
        };
    }

    /// <summary>A sentence's tokens with the placeholder object of <see cref="PassiveMatch"/>, reused.</summary>
    private string[] _passiveWords = [];
    private int[] _passiveIds = [];

    private static readonly WordSet AimedAt = new(["at", "on", "into", "against", "toward", "towards"]);

    private static readonly WordSet NounMarkers =
        new(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "neutral", "air", "drone", "missile"]);

    private static readonly WordSet PluralNounMarkers =
        new(["several", "many", "heavy", "fierce", "fresh", "new", "deadly", "sporadic", "renewed", "repeated", "numerous", "dozens", "hundreds", "some", "few", "two", "three", "four", "five"]);

    /// <summary>"a neutral state that", "the air strikes": a verb form used as a noun.</summary>
    private static bool LooksNominal(SentenceView s, int i)
    {
        // "Improved relations with Kabul …": a participle opening the sentence is an adjective, not a verb without subject.
        if (i == 0) return s.Words[0].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && s.Words.Length > 1 && char.IsLower(s.Words[1][0]);
        string prev = s.Words[i - 1];
        // "a decision that removed", "a court that lifts": after "that" a past or third-person form opens a relative
        // clause; a noun after the determiner "that" would be singular ("that attack").
        if (string.Equals(prev, "that", StringComparison.OrdinalIgnoreCase) && IsFiniteForm(s.Words[i])) return false;
        // "45 clashes", "fierce clashes": a count or an adjective before a plural is a noun.
        if (s.Words[i].EndsWith('s') && (char.IsDigit(prev[0]) || s.IsAny(i - 1, PluralNounMarkers))) return true;
        return s.IsAny(i - 1, NounMarkers) || prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFiniteForm(string word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));

    /// <summary>A capitalised trigger inside a name ("the Strikes Group", "Islamic State") is no event.</summary>
    private static bool IsPartOfName(SentenceView s, int i)
    {
        string w = s.Words[i];
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        foreach (var m in s.Mentions)
            if (i >= m.Start && i < m.End && m.End - m.Start > 1) return true;
        bool nextUpper = i + 1 < s.Words.Length && s.Words[i + 1].Length > 0 && char.IsUpper(s.Words[i + 1][0]);
        return i > 0 || nextUpper;
    }

    /// <summary>Participant lists reused from match to match: what <see cref="Code"/> keeps of them it copies into its events.</summary>
    private readonly List<MentionAt> _targets = [], _sources = [], _lead = [], _subject = [];

    private void Code(SentenceView s, PatternMatch match, List<(Timex Timex, int Token)> dates, EventDate? fallbackDate, List<TokenRange> objects, PatternMatch? accusation)
    {
        var pattern = match.Pattern;
        int trigger = match.Span.Start;
        if (match.Code.StartsWith("04", StringComparison.Ordinal) && MeetsANeed(s, trigger)) return;
        string code = RefineByInstrument(s, match);

        double confidence = 0.9;
        var targets = Participants.In(s, match.Target, _targets);
        if (IsMediation(match)) SecondParty(s, targets);
        var targetPlace = targets.Count == 0 ? Participants.PlaceIn(s, match.Target) : null;
        List<MentionAt> sources = Participants.In(s, match.Source, _sources);
        bool passive = pattern.Kind == PatternKind.Verb && match.SourceOrigin == SourceOrigin.None && Participants.IsPassive(s, trigger);
        bool gerund = pattern.Kind == PatternKind.Verb && s.Words[trigger].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && trigger > 0;
        // Modality is read only once the match has participants (many have none); these note what bears on it.
        int abstractPreposition = gerund && accusation is null && PrepositionBeforeGerund(s, trigger) is { } preposition
            && s.IsAny(preposition, ModalityCues.GerundAbstractPrepositions) ? preposition : -1;
        bool accusedOf = false;
        bool accused = false;
        if (gerund && sources.Count == 0 && accusation is null && s.IsAny(trigger - 1, ModalityCues.GerundSubjectPrepositions)
            && Participants.LeadSubject(s, trigger) is { Count: > 0 } lead)
        {
            // "Russia has surpassed China …, such as recognising the Taliban": the gerund's subject is the sentence's.
            sources = lead;
            Participants.RemoveActorsOf(sources, targets);
            accused = sources.Count > 0;
        }
        if (accusation is not null && sources.Count == 0)
        {
            // The accused is the actor of the act they are accused of; the act itself is only alleged.
            sources = Participants.In(s, accusation.Target, _sources);
            accused = sources.Count > 0;
            accusedOf = true;
        }
        if (accused) { /* source settled by the accusation or the gerund's clause */ }
        else if (sources.Count == 0 && pattern.Kind == PatternKind.Noun
                 && (Perpetrators(s, trigger + 1) is { Count: > 0 } agents ? agents : Claimants(s, trigger)) is { Count: > 0 } perpetrators)
        {
            // "the attack on a mosque, carried out by the Islamic State", "X claimed responsibility for the attack":
            // the agent phrase after the noun, or the one claiming it, is its source.
            sources = perpetrators;
            Participants.RemoveActorsOf(sources, targets);
        }
        else if (passive)
        {
            var subject = Participants.Subject(s, trigger, match.Span, objects, _subject);
            if (targets.Count == 0) targets = subject;
            sources = Participants.ByPhrase(s, trigger + 1, s.Clauses[trigger]);
        }
        else if (sources.Count == 0 && pattern.Kind == PatternKind.Verb && Participants.PairSubject(s, trigger) is >= 0 and var pair)
        {
            // "The two sides agreed …": the two parties named just before.
            sources = PairAntecedent(s, pair);
            Participants.RemoveActorsOf(sources, targets);
            if (sources.Count > 0) confidence -= 0.15;
        }
        else if (sources.Count == 0 && pattern.Kind == PatternKind.Verb && Participants.PronounSubject(s, trigger) is >= 0 and var pronoun)
        {
            // "It later signed", "…, and in July they signed": the pronoun is the subject; find what it stands for.
            sources = Antecedent(s, pronoun);
            Participants.RemoveActorsOf(sources, targets);
            if (sources.Count > 0) confidence -= 0.15;
        }
        else if (sources.Count == 0 && !(pattern.Kind == PatternKind.Noun && Participants.NounInPrepositionalPhrase(s, trigger)))
        {
            var exclude = match.Target ?? match.Span;
            sources = Participants.Subject(s, trigger, exclude, objects, _subject);
            if (sources.Count > 0) confidence -= pattern.Kind == PatternKind.Noun ? 0.2 : 0.1;
        }
        if (targets.Count == 0 && targetPlace is { } struck && struck.Mention.ActorId is not null && sources.Count > 0
            && (code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal)
                || (code.StartsWith("19", StringComparison.Ordinal) && s.IsAny(struck.Start - 1, AimedAt))))
        {
            // "a terrorist attack in Moscow": violence against a place is aimed at the state the place belongs to.
            // Fighting "in" a country need not be aimed at it (two militias clash in Sudan); drones "at" a country are.
            targets = [struck with { Mention = struck.Mention with { Kind = ActorMentionKind.Actor } }];
            foreach (var m in sources)
                if (Participants.SameActor(targets[0], m)) { targets.Clear(); break; }
        }
        if (sources.Count == 0 && targets.Count == 0 && pattern.Kind == PatternKind.Noun && code.StartsWith("057", StringComparison.Ordinal))
        {
            // "the deal signed at the summit to open Kyrgyz markets to Uzbekistan": no agent phrase, so the parties
            // are the two actors the sentence names (adjectives included), with low confidence.
            sources = SentenceParties(s, match.Span.End);
            confidence -= 0.3;
        }
        // "Uzbekistan and Afghanistan signed an agreement": the parties of a joint act are each other's counterpart.
        if (pattern.Symmetric && targets.Count == 0 && sources.Count >= 2)
        {
            targets = sources.GetRange(1, sources.Count - 1);
            sources = [sources[0]];
        }
        if (sources.Count == 0) confidence -= 0.3;
        if (targets.Count == 0 && targetPlace is null && pattern.HasTargetSlot) confidence -= 0.2;
        if (pattern.Possessor == PossessorRole.Target && targets.Count == 0) confidence -= 0.2;

        if (sources.Count == 0 && targets.Count == 0) return;

        var (modality, cue, skip) = ModalityReader.Read(s, match, _sentenceClaims);
        if (skip) return;
        if (abstractPreposition >= 0 && modality == EventModality.Asserted)
            (modality, cue) = (EventModality.Hypothetical, s.Words[abstractPreposition] + " …ing");
        if (accusedOf && modality == EventModality.Asserted) (modality, cue) = (EventModality.Alleged, "accused of");
        if (modality == EventModality.Asserted && (code.StartsWith("071", StringComparison.Ordinal) || code.StartsWith("072", StringComparison.Ordinal))
            && sources.Count > 0 && ReportedByAnother(s, trigger, sources) is { } reported)
            (modality, cue) = (EventModality.Alleged, reported);

        var location = Locate(s, trigger, targetPlace, sources.Count > 0 ? sources[0] : null);
        // A noun phrase with no date of its own ("after X's invasion of Y") names background, not the narrative
        // the previous sentence dated: it takes the document date, flagged as such.
        var date = DateFor(s, trigger, dates) ?? (pattern.Kind == PatternKind.Noun ? _documentDate : fallbackDate);
        var ontology = patterns.Ontology;
        ontology.TryCameo(code, out var cameo);
        ontology.TryPlover(code, out var plover);
        var first = s.TokenAt(trigger);

        // One event per source and target pair, up to four of each; a missing side codes as null.
        int sourceCount = Math.Min(sources.Count, 4), targetCount = Math.Min(targets.Count, 4);
        for (int si = 0; si < Math.Max(sourceCount, 1); si++)
        {
            MentionAt? source = sourceCount == 0 ? null : sources[si];
            for (int ti = 0; ti < Math.Max(targetCount, 1); ti++)
            {
                MentionAt? target = targetCount == 0 ? null : targets[ti];
                if (source is { } a && target is { } b && Participants.SameActor(a, b)) continue;
                double c = confidence;
                if (source?.Mention.Kind == ActorMentionKind.Candidate) c -= 0.1;
                if (target?.Mention.Kind == ActorMentionKind.Candidate) c -= 0.1;
                _events.Add(new CodedEvent
                {
                    Id = EventId(_events.Count),
                    Evidence = EvidenceOf(s.Sentence),
                    TriggerSpan = first.Span,
                    MatchSpan = s.SpanOf(match.Span.Start, Math.Max(match.Span.End, match.Span.Start + 1)),
                    Pattern = pattern.Text,
                    Source = ToActor(source),
                    Target = ToActor(target),
                    Cameo = code,
                    CameoName = cameo?.Name ?? "",
                    Plover = plover?.Type?.Name,
                    PloverMode = plover?.Mode?.Name,
                    Goldstein = cameo?.Goldstein ?? 0,
                    QuadClass = cameo is null ? 0 : (int)cameo.QuadClass,
                    Date = date,
                    Location = location,
                    Modality = modality,
                    ModalityCue = modality == EventModality.Asserted ? null : cue,
                    Confidence = Math.Round(Math.Clamp(c, 0.05, 1.0), 2),
                    Symmetric = pattern.Symmetric,
                    Nominal = pattern.Kind == PatternKind.Noun,
                    Contexts = pattern.Contexts,
                });
            }
        }
    }

    private static readonly WordSet NeedNouns = new(
    [
        "need", "needs", "demand", "demands", "requirement", "requirements", "target", "targets", "criteria", "criterion",
        "standard", "standards", "expectations", "obligations", "conditions", "deadline", "deadlines", "goal", "goals",
        "quota", "quotas", "costs", "threshold", "benchmarks", "commitments", "shortfall",
    ]);

    /// <summary>"meets the country's energy needs", "met the deadline": the verb's other sense, not a meeting.</summary>
    /// <summary>The word before a gerund once up to two modifiers are skipped ("of de facto boycotting", "of openly backing").</summary>
    private static int? PrepositionBeforeGerund(SentenceView s, int trigger)
    {
        int p = trigger - 1;
        while (p >= 0 && trigger - p <= 2 && (s.IsAny(p, ModalityCues.GerundModifiers)
               || (s.Words[p].Length > 4 && s.Words[p].EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
            p--;
        return p >= 0 ? p : null;
    }

    private static bool MeetsANeed(SentenceView s, int trigger)
    {
        string w = s.Words[trigger];
        if (!w.StartsWith("meet", StringComparison.OrdinalIgnoreCase) && !w.Equals("met", StringComparison.OrdinalIgnoreCase)) return false;
        for (int k = trigger + 1; k < s.Words.Length && k <= trigger + 5; k++)
        {
            if (s.IsAny(k, NeedNouns)) return true;
            if (SentenceView.IsPunctuation(s.Words[k]) || s.Is(k, "with") || s.Is(k, "in") || s.Is(k, "on")) return false;
        }
        return false;
    }

    private static readonly WordSet AgentParticiples = new(
    [
        "perpetrated", "perpetuated", "carried", "signed", "concluded", "agreed", "committed", "claimed", "conducted", "staged", "orchestrated", "launched", "executed", "mounted",
    ]);

    /// <summary>Participants of a "perpetrated by X" / "carried out by X" phrase shortly after a nominal event.</summary>
    private static List<MentionAt> Perpetrators(SentenceView s, int from)
    {
        for (int k = from; k < s.Words.Length - 1 && k <= from + 12; k++)
        {
            if (!s.IsAny(k, AgentParticiples)) continue;
            int by = s.Is(k + 1, "out") ? k + 2 : k + 1;
            if (!s.Is(by, "by")) continue;
            // The agent phrase ends at the first punctuation: "by ISKP (see …)".
            int end = by + 1;
            while (end < s.Words.Length && end <= by + 5 && !SentenceView.IsPunctuation(s.Words[end])) end++;
            var found = new List<MentionAt>();
            foreach (var m in s.Mentions)
                if (m.IsParticipant && m.Start > by && m.Start < end && !Participants.IsLocation(s, m) && !Participants.HasActor(found, m))
                    found.Add(m);
            return found;
        }
        return NoMentions;
    }

    /// <summary>An empty result callers only test for count, never fill: shared instead of allocated per match.</summary>
    private static readonly List<MentionAt> NoMentions = [];

    /// <summary>The first two known actors of the sentence, skipping the venue right after the match ("at the Tashkent summit").</summary>
    private static List<MentionAt> SentenceParties(SentenceView s, int matchEnd)
    {
        var found = new List<MentionAt>(2);
        foreach (var m in s.Mentions)
        {
            if (m.Start >= matchEnd && m.Start <= matchEnd + 2) continue;
            if (m.Mention.Kind != ActorMentionKind.Actor || Participants.IsLocation(s, m) || Participants.HasActor(found, m)) continue;
            found.Add(m);
            if (found.Count == 2) return found;
        }
        return [];
    }

    /// <summary>"X claimed responsibility for the bombing of …": the claimant, a self-claim taken as the act's source.</summary>
    private static List<MentionAt> Claimants(SentenceView s, int trigger)
    {
        for (int k = trigger - 1; k >= 1 && k >= trigger - 4; k--)
        {
            if (SentenceView.IsPunctuation(s.Words[k])) break;
            if (s.Is(k, "for") && s.Is(k - 1, "responsibility")) return Participants.LeadSubject(s, k - 1);
        }
        return NoMentions;
    }

    /// <summary>
    /// "The French commander said Russia was arming the junta": covert support reported by someone other than the
    /// supporter is an allegation, not a fact. The speaker's own acts ("we delivered") stay asserted.
    /// </summary>
    private string? ReportedByAnother(SentenceView s, int trigger, List<MentionAt> sources)
    {
        var span = s.SpanOf(trigger, trigger + 1);
        foreach (var claim in _sentenceClaims)
        {
            if (claim.AuthorJudgement || claim.ClaimSpan.Start > span.Start || claim.ClaimSpan.End < span.End) continue;
            if (claim.SpeakerSpan is not { } speaker) continue;
            bool self = sources.Exists(m =>
                (m.Mention.Span.Start < speaker.End && speaker.Start < m.Mention.Span.End)
                || (claim.Speaker?.ActorId is { } id && id == m.Mention.ActorId));
            if (!self) return "reported by " + claim.SpeakerText;
        }
        return null;
    }

    /// <summary>Two distinct parties before <paramref name="before"/> in the sentence, else the previous sentence's.</summary>
    private List<MentionAt> PairAntecedent(SentenceView s, int before)
    {
        var found = new List<MentionAt>(2);
        foreach (var m in s.Mentions)
        {
            if (m.Start >= before || found.Count == 2) break;
            if (m.IsParticipant && !Participants.IsLocation(s, m) && m.Mention.Rule != "adjective" && !Participants.HasActor(found, m)) found.Add(m);
        }
        if (found.Count == 2) return found;
        found.Clear();
        // "Peruvian fleets", "the Russian population": an adjective names no party. When the previous sentence names
        // only one party, the other comes from the sentence before it.
        // Known actors first: an unknown capitalised phrase ("Central Asian migrants") is rarely a party.
        foreach (bool known in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var m in _previousParticipants.Concat(_earlierParticipants))
            {
                if (m.Rule == "adjective" || (known && m.Kind != ActorMentionKind.Actor)) continue;
                var at = new MentionAt(m, -1, -1);
                if (!Participants.HasActor(found, at)) found.Add(at);
                if (found.Count == 2) return found;
            }
        }
        return [];
    }

    /// <summary>"It" or "they": the sentence's own opening subject before the pronoun, else the previous sentence's subject.</summary>
    private List<MentionAt> Antecedent(SentenceView s, int pronoun)
    {
        var lead = Participants.LeadSubject(s, pronoun);
        if (lead.Count == 0)
            foreach (var m in _previousLead) lead.Add(new MentionAt(m, -1, -1));
        bool plural = s.Is(pronoun, "they");
        if (!plural && lead.Count > 1) lead.RemoveRange(1, lead.Count - 1);
        return lead;
    }

    private static EventActor? ToActor(MentionAt? m)
    {
        if (m is not { } x) return null;
        var a = x.Mention.Actor;
        return new EventActor(x.Mention.ActorId, a?.Name ?? x.Mention.Text, a?.Code, a?.Country, x.Mention.Span);
    }

    private Sentence? _evidenceOf;
    private EventEvidence? _evidence;

    /// <summary>The sentence's evidence, shared by all its events.</summary>
    private EventEvidence EvidenceOf(Sentence sentence)
    {
        if (!ReferenceEquals(_evidenceOf, sentence) || _evidence is null)
            (_evidenceOf, _evidence) = (sentence, new EventEvidence(sentence.Index, sentence.Span.Start, sentence.Span.End, sentence.Text));
        return _evidence;
    }

    /// <summary>Places resolved in the current sentence: its matches mostly pick the same one.</summary>
    private readonly List<(ActorMention Place, string? Country, EventLocation? Location)> _sentenceLocations = [];
    private Sentence? _locationsOf;

    private EventLocation? Locate(SentenceView s, int trigger, MentionAt? targetPlace, MentionAt? source)
    {
        MentionAt? best = targetPlace;
        if (best is null)
        {
            int bestScore = int.MaxValue;
            foreach (var m in s.Mentions)
            {
                if (!Participants.IsLocation(s, m) || !AfterLocativePreposition(s, m)) continue;
                int distance = m.Start >= trigger ? m.Start - trigger : trigger - m.End + 1;
                int score = distance + (s.Clauses[m.Start] == s.Clauses[trigger] ? 0 : 100);
                if (score < bestScore) { bestScore = score; best = m; }
            }
        }
        if (best is not { } place) return null;
        string? country = place.Mention.Actor?.Country ?? source?.Mention.Actor?.Country;
        if (!ReferenceEquals(_locationsOf, s.Sentence))
        {
            _sentenceLocations.Clear();
            _locationsOf = s.Sentence;
        }
        foreach (var known in _sentenceLocations)
            if (ReferenceEquals(known.Place, place.Mention) && string.Equals(known.Country, country, StringComparison.Ordinal)) return known.Location;
        var location = Resolve(place, country);
        _sentenceLocations.Add((place.Mention, country, location));
        return location;
    }

    private EventLocation? Resolve(MentionAt place, string? country)
    {
        string name = place.Mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? place.Mention.Text[4..] : place.Mention.Text;
        var resolved = placeCache.Resolve(gazetteer, name, country);
        return resolved is null
            ? new EventLocation(place.Mention.Text, null, null, null, null, place.Mention.Span)
            : new EventLocation(resolved.Name, resolved.CountryIso3 ?? resolved.CountryIso2, resolved.Lat, resolved.Lon, resolved.Id, place.Mention.Span);
    }

    private static bool AfterLocativePreposition(SentenceView s, MentionAt m)
    {
        int k = m.Start - 1;
        while (k >= 0 && k >= m.Start - 3 && !s.IsAny(k, ModalityCues.LocativePrepositions) && !SentenceView.IsPunctuation(s.Words[k])
               && char.IsLower(s.Words[k][0]) && !s.IsAny(k, ModalityCues.Prepositions)) k--;
        return s.IsAny(k, ModalityCues.LocativePrepositions);
    }

    private static bool IsEventDate(Timex t) =>
        t.Type is TimexType.Date or TimexType.Time && !t.Citation && !t.Vague && t.Rejected is null
        && t.Precision != TimexPrecision.None && t.Value.Length > 0 && char.IsDigit(t.Value[0]);

    /// <summary>The sentence's own date nearest the trigger, preferring one in the trigger's clause.</summary>
    private EventDate? DateFor(SentenceView s, int trigger, List<(Timex Timex, int Token)> dates)
    {
        if (dates.Count == 0) return null;
        (Timex Timex, int Token)? best = null;
        int bestScore = int.MaxValue;
        foreach (var d in dates)
        {
            int token = Math.Clamp(d.Token, 0, s.Words.Length - 1);
            int distance = Math.Abs(token - trigger);
            bool sameClause = s.Clauses[token] == s.Clauses[trigger];
            int score = distance + (sameClause ? 0 : 1000);
            if (score < bestScore) { bestScore = score; best = d; }
        }
        return best is { } b ? SentenceDateOf(b.Timex) : null;
    }

    private Timex? _sentenceDateOf;
    private EventDate? _sentenceDate;

    /// <summary>The events a timex dates share one <see cref="EventDate"/>: a sentence's matches mostly pick the same one.</summary>
    private EventDate SentenceDateOf(Timex t)
    {
        if (!ReferenceEquals(_sentenceDateOf, t) || _sentenceDate is null) (_sentenceDateOf, _sentenceDate) = (t, ToDate(t, "sentence"));
        return _sentenceDate;
    }

    /// <summary>The date a sentence gives its neighbours: its first day or month, else its first date.</summary>
    private static Timex SentenceDate(List<(Timex Timex, int Token)> dates)
    {
        foreach (var d in dates)
            if (d.Timex.Precision >= TimexPrecision.Month) return d.Timex;
        return dates[0].Timex;
    }

    private static EventDate ToDate(Timex t, string from) => new(t.Value, t.Precision, from);

    private EventDate? DocumentDate()
    {
        if (analysis.ReferenceDate is not { } r || r.UpperBoundOnly) return null;
        var precision = r.Precision switch
        {
            Relata.Documents.DatePrecision.Year => TimexPrecision.Year,
            Relata.Documents.DatePrecision.Month => TimexPrecision.Month,
            _ => TimexPrecision.Day,
        };
        return new EventDate(r.Timex, precision, "document");
    }
}
