using Relata.Actors;
using Relata.Documents;
using Relata.Events.Patterns;
using Relata.Pipeline;

namespace Relata.Events.Coding;

/// <summary>A mention placed on the sentence's tokens: <c>[Start, End)</c> relative to the sentence.</summary>
internal readonly record struct MentionAt(ActorMention Mention, int Start, int End)
{
    public bool IsParticipant => Mention.Kind == ActorMentionKind.Actor
        || (Mention.Kind == ActorMentionKind.Candidate && Mention.CandidateType != CandidateType.Place);
}

/// <summary>
/// One sentence as the coder sees it: token texts, mentions on token indexes and rough clause ids. The coder keeps
/// one view per document and moves it from sentence to sentence with <see cref="Load"/>.
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(DocumentAnalysis analysis, WordTable table)
    {
        Analysis = analysis;
        _table = table;
    }

    private readonly WordTable _table;

    /// <summary>Per token of the sentence: its table word, text, pattern word id and clause id.</summary>
    private TableWord[] _tableWords = new TableWord[InitialTokens];
    private string[] _words = new string[InitialTokens];
    private int[] _wordIds = new int[InitialTokens];
    private int[] _clauses = new int[InitialTokens];

    /// <summary>Room for most sentences from the start.</summary>
    private const int InitialTokens = 48;
    private readonly List<int> _parents = [];

    public DocumentAnalysis Analysis { get; }

    public Sentence Sentence { get; private set; } = null!;

    /// <summary>Document index of the sentence's first token, and its token count.</summary>
    private int _first, _count;

    public ReadOnlySpan<string> Words => new(_words, 0, _count);

    /// <summary>The tokens as the pattern matcher reads them.</summary>
    public PatternTokens PatternTokens => new(Words, new ReadOnlySpan<int>(_wordIds, 0, _count), new(_table.Seen, _table.Generation, _presentMask),
        new ReadOnlySpan<TableWord>(_tableWords, 0, _count));

    /// <summary>The <see cref="WordsPresent.Bit"/>s of the pattern words set since <see cref="Prepare"/>.</summary>
    private ulong _presentMask;

    /// <summary>The sentence's mentions placed on its tokens.</summary>
    public List<MentionAt> Mentions { get; } = [];

    /// <summary>Clause id per token; a relative clause between commas gets its own id and the main clause resumes after it.</summary>
    public ReadOnlySpan<int> Clauses
    {
        get
        {
            if (!_clausesKnown) ComputeClauses();
            return new(_clauses, 0, _count);
        }
    }

    /// <summary>Whether <see cref="Clauses"/> holds the current sentence's ids: many sentences never need them.</summary>
    private bool _clausesKnown;

    private void ComputeClauses()
    {
        ClauseIds(Words, new ReadOnlySpan<TableWord>(_tableWords, 0, _count), _clauses, _parents);
        _clauseStarts.AsSpan(0, _count).Fill(-1);
        _clausesKnown = true;
    }

    /// <summary>Per token, its <see cref="ClauseStart"/> once asked (-1 before): every match of a sentence asks again.</summary>
    private int[] _clauseStarts = new int[InitialTokens];

    /// <summary>Per token, facts about a mention that starts there, remembered for the sentence (see <see cref="TryGetFact"/>).</summary>
    private byte[] _facts = new byte[InitialTokens];

    /// <summary>Fact: the mention stands after a locative preposition ("in (northern) Mali").</summary>
    public const int LocativeBeforeFact = 1;

    /// <summary>Fact: the mention sits inside a prepositional phrase.</summary>
    public const int PrepositionalPhraseFact = 4;

    /// <summary>
    /// A fact (<see cref="LocativeBeforeFact"/>, <see cref="PrepositionalPhraseFact"/>) about token <paramref name="i"/>
    /// that depends only on the sentence, if already worked out since <see cref="Load"/>.
    /// </summary>
    public bool TryGetFact(int i, int fact, out bool value)
    {
        if ((uint)i >= (uint)_count || (_facts[i] & fact) == 0)
        {
            value = false;
            return false;
        }
        value = (_facts[i] & (fact << 1)) != 0;
        return true;
    }

    public void SetFact(int i, int fact, bool value)
    {
        if ((uint)i >= (uint)_count) return;
        _facts[i] |= (byte)(value ? fact | (fact << 1) : fact);
    }

    /// <summary>Makes room for the words of a sentence of <paramref name="tokenCount"/> tokens, set next with <see cref="SetWord"/>.</summary>
    public void Prepare(int tokenCount)
    {
        // A new generation marks every pattern word absent without clearing the table.
        _presentMask = 0;
        (_wordsKnow, _wordsHave) = (ulong.MaxValue, 0);
        if (++_table.Generation == int.MaxValue)
        {
            Array.Clear(_table.Seen);
            _table.Generation = 1;
        }
        if (_words.Length >= tokenCount) return;
        int size = Math.Max(tokenCount, _words.Length * 2);
        (_tableWords, _words, _wordIds, _clauses) = (new TableWord[size], new string[size], new int[size], new int[size]);
        (_clauseStarts, _facts) = (new int[size], new byte[size]);
    }

    public void SetWord(int i, TableWord word)
    {
        _tableWords[i] = word;
        _wordsKnow &= word.Known;
        _wordsHave |= word.Member;
        _words[i] = word.Text;
        int id = word.PatternWord;
        _wordIds[i] = id;
        if (id >= 0)
        {
            _table.Seen[id] = _table.Generation;
            _presentMask |= WordsPresent.Bit(id);
        }
    }

    /// <summary>Moves the view to <paramref name="sentence"/>, whose words must have been set.</summary>
    public void Load(Sentence sentence, List<ActorMention> mentions)
    {
        Sentence = sentence;
        (_first, _count) = (sentence.FirstToken, sentence.TokenCount);
        (_setsKnown, _setsPresent) = (0, 0);
        Array.Clear(_facts, 0, _count);
        Place(mentions);
        _clausesKnown = false;
    }

    public Token TokenAt(int i) => Analysis.Tokens[_first + i];

    public TextSpan SpanOf(int start, int end) => new(TokenAt(start).Start, TokenAt(end - 1).End);

    public bool Is(int i, string word) => (uint)i < (uint)_count && string.Equals(_words[i], word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, WordSet set) => (uint)i < (uint)_count && _tableWords[i].IsIn(set);

    /// <summary>
    /// Word-set bits every word set since <see cref="Prepare"/> knew its answer for (<see cref="TableWord.Known"/>),
    /// and the bits of the sets some of them are in.
    /// </summary>
    private ulong _wordsKnow = ulong.MaxValue, _wordsHave;

    /// <summary>Bits of the word sets asked about in this sentence with <see cref="Has"/>, and of those it has a word of.</summary>
    private ulong _setsKnown, _setsPresent;

    /// <summary>
    /// True when some token of the sentence is in <paramref name="set"/>: lets a scan for a cue skip a sentence that
    /// has none. Remembered per sentence; true when the set has no bit to remember it by.
    /// </summary>
    public bool Has(WordSet set)
    {
        ulong bit = set.Bit;
        if (bit == 0) return true;
        if ((_setsKnown & bit) == 0)
        {
            _setsKnown |= bit;
            // Words seen before mostly know the answer already: then no scan is needed.
            if ((_wordsKnow & bit) != 0) _setsPresent |= _wordsHave & bit;
            else
                for (int i = 0; i < _count; i++)
                    if (_tableWords[i].IsIn(set)) { _setsPresent |= bit; break; }
        }
        return (_setsPresent & bit) != 0;
    }

    /// <summary>True when token <paramref name="i"/> is "," or ";".</summary>
    public bool IsCommaOrSemicolon(int i) => (uint)i < (uint)_count && _tableWords[i].IsCommaOrSemicolon;

    public static bool IsPunctuation(string word)
    {
        foreach (char c in word)
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>First token of the clause that holds token <paramref name="i"/> (scanning left while the id holds).</summary>
    public int ClauseStart(int i)
    {
        var clauses = Clauses;
        int id = clauses[i];
        int known = _clauseStarts[i];
        if (known >= 0) return known;
        int start = i;
        while (start > 0 && (clauses[start - 1] == id || IsEmbeddedIn(clauses[start - 1], id))) start--;
        _clauseStarts[i] = start;
        return start;
    }

    /// <summary>True when clause <paramref name="inner"/> is a relative clause inside clause <paramref name="outer"/>.</summary>
    public bool IsEmbeddedIn(int inner, int outer)
    {
        if (!_clausesKnown) ComputeClauses();
        for (int k = inner; k >= 0 && k < _parents.Count; k = _parents[k])
        {
            if (_parents[k] == outer) return true;
            if (_parents[k] < 0) return false;
        }
        return false;
    }

    private void Place(List<ActorMention> mentions)
    {
        var placed = Mentions;
        placed.Clear();
        var tokens = Analysis.TokensOf(Sentence);
        // Mentions come by start: one forward walk over the sentence's tokens finds each start, and the end lies a few
        // tokens on. A mention edge outside the sentence's tokens or between two of them places no mention.
        int cursor = 0, previousStart = int.MinValue;
        foreach (var m in mentions)
        {
            int start = m.Span.Start, last = m.Span.End - 1;
            if (start < previousStart) cursor = 0;
            previousStart = start;
            while (cursor < tokens.Length && tokens[cursor].End <= start) cursor++;
            if (cursor == tokens.Length || tokens[cursor].Start > start) continue;
            int e = cursor;
            while (e < tokens.Length && tokens[e].End <= last) e++;
            if (e == tokens.Length || tokens[e].Start > last) continue;
            placed.Add(new MentionAt(m, cursor, e + 1));
        }
    }

    private static void ClauseIds(ReadOnlySpan<string> words, ReadOnlySpan<TableWord> tableWords, Span<int> ids, List<int> parents)
    {
        parents.Clear();
        parents.Add(-1);
        int current = 0, next = 1, resume = -1;
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            var kind = tableWords[i].Break;
            bool hardBreak = kind == ClauseBreak.Hard || (kind == ClauseBreak.Dash && i > 0);
            if (hardBreak)
            {
                current = next++;
                parents.Add(-1);
                resume = -1;
                ids[i] = current;
                continue;
            }
            if (kind == ClauseBreak.Comma && resume >= 0)
            {
                ids[i] = current;
                current = resume;
                resume = -1;
                continue;
            }
            if (i > 0 && tableWords[i].IsIn(ModalityCues.ClauseOpeners) && !IsComplementThat(words, i))
            {
                bool relative = tableWords[i - 1].Break == ClauseBreak.Comma && w is "which" or "who" or "whom" or "whose" or "Which" or "Who";
                int before = current;
                current = next++;
                parents.Add(relative ? before : -1);
                resume = relative ? before : -1;
            }
            ids[i] = current;
        }
    }

    /// <summary>"that" right after a noun-less word like "so" or "such" is not a clause; everything else is treated as one.</summary>
    private static bool IsComplementThat(ReadOnlySpan<string> words, int i) =>
        string.Equals(words[i], "that", StringComparison.OrdinalIgnoreCase) && i > 0
        && (string.Equals(words[i - 1], "so", StringComparison.OrdinalIgnoreCase) || string.Equals(words[i - 1], "such", StringComparison.OrdinalIgnoreCase));
}

