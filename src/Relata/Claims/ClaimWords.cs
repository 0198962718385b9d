using Relata.Documents;
using Relata.Topics;

namespace Relata.Claims;

/// <summary>Word classes the claim rules ask about, as bits of one per-token mask.</summary>
[Flags]
internal enum ClaimWord
{
    None = 0,
    // Lexicon word lists: the token's word key (see WordKey, unstemmed) is in the list.
    Cue = 1 << 0, Negation = 1 << 1, Auxiliary = 1 << 2, GenericHead = 1 << 3, Organisation = 1 << 4,
    Title = 1 << 5, Inner = 1 << 6, Stop = 1 << 7, Calendar = 1 << 8,
    // Fixed words (data/claims/function-words.yaml): the token itself equals one of them, ignoring case.
    Determiner = 1 << 9, Pronoun = 1 << 10, InnerPreposition = 1 << 11, Parenthetical = 1 << 12,
    PassiveAuxiliary = 1 << 13, WhWord = 1 << 14, AdverbialStart = 1 << 15, Relative = 1 << 16,
    That = 1 << 17, To = 1 << 18, A = 1 << 19, An = 1 << 20, The = 1 << 21, As = 1 << 22, Of = 1 << 23,
    And = 1 << 24, But = 1 << 25, In = 1 << 26,
    /// <summary>The key holds a non-ASCII character: fixed words are compared on the token text instead.</summary>
    Odd = 1 << 27,
}

/// <summary>
/// The <see cref="ClaimWord"/> classes of every word of a lexicon, looked up once per distinct word through the
/// document word table (<see cref="DocumentWords"/>) instead of hashing each token per question.
/// </summary>
internal sealed class ClaimWords : IWordVocabulary
{
    private const ClaimWord Fixed = ClaimFunctionWords.FixedClasses;

    /// <summary>The fixed words (data/claims/function-words.yaml) by class.</summary>
    private readonly (ClaimWord Class, string[] Words)[] _fixedWords;
    private readonly (WordSet Set, ClaimWord Class)[] _sets;
    private readonly Dictionary<string, ClaimWord>.AlternateLookup<ReadOnlySpan<char>> _fixed;

    public ClaimWords(ClaimLexicon lexicon)
    {
        _sets =
        [
            (lexicon.CueWords, ClaimWord.Cue), (lexicon.Negations, ClaimWord.Negation), (lexicon.Auxiliaries, ClaimWord.Auxiliary),
            (lexicon.GenericHeads, ClaimWord.GenericHead), (lexicon.OrganisationWords, ClaimWord.Organisation),
            (lexicon.Titles, ClaimWord.Title), (lexicon.InnerWords, ClaimWord.Inner), (lexicon.StopWords, ClaimWord.Stop),
            (lexicon.CalendarWords, ClaimWord.Calendar),
        ];
        _fixedWords = [.. lexicon.FunctionWords.Classes];
        var words = new Dictionary<string, ClaimWord>(StringComparer.Ordinal);
        foreach (var (cls, list) in _fixedWords)
            foreach (string w in list) words[w] = words.GetValueOrDefault(w) | cls;
        _fixed = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    int IWordVocabulary.Version => 0;

    int IWordVocabulary.Lookup(ReadOnlySpan<char> key)
    {
        var classes = ClaimWord.None;
        foreach (var (set, cls) in _sets)
            if (set.ContainsKey(key)) classes |= cls;
        if (!System.Text.Ascii.IsValid(key)) classes |= ClaimWord.Odd;
        else if (_fixed.TryGetValue(key, out var f)) classes |= f;
        return (int)classes;
    }

    /// <summary>The classes of tokens [first, first+count) into the same places of <paramref name="into"/> (0 for punctuation and symbols).</summary>
    public void Classify(string text, List<Token> tokens, int first, int count, int[] into)
    {
        var words = DocumentWords.For(text, tokens);
        words.Map(this, text, tokens, first, count, into.AsSpan(first, count));
        FixUp(words, text, tokens, first, count, into);
    }

    /// <summary>The classes of every token into <paramref name="into"/>, and in the same pass the word ids of
    /// <paramref name="other"/> (the cue matcher) into <paramref name="otherIds"/>.</summary>
    public void ClassifyAll(string text, List<Token> tokens, IWordVocabulary other, int[] otherIds, int[] into)
    {
        var words = DocumentWords.For(text, tokens);
        words.Map(other, this, text, tokens, 0, tokens.Count, otherIds, into);
        FixUp(words, text, tokens, 0, tokens.Count, into);
    }

    private void FixUp(DocumentWords words, string text, List<Token> tokens, int first, int count, int[] into)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int t = first; t < first + count; t++)
        {
            int c = into[t];
            if (c <= 0) { into[t] = 0; continue; }
            var classes = (ClaimWord)c;
            if ((classes & (Fixed | ClaimWord.Odd)) == 0) continue;
            // The key drops hyphens and a possessive and lower-cases beyond ASCII: only a token of plain ASCII letters
            // and digits is its own key, for anything else the fixed words are compared as the rules did, ignoring case.
            if ((classes & ClaimWord.Odd) == 0 && words.IsPlain(t)) continue;
            into[t] = (int)((classes & ~(Fixed | ClaimWord.Odd)) | FixedOf(text.AsSpan(all[t].Start, all[t].Length)));
        }
    }

    private ClaimWord FixedOf(ReadOnlySpan<char> raw)
    {
        var classes = ClaimWord.None;
        foreach (var (cls, list) in _fixedWords)
            foreach (string w in list)
                if (raw.Equals(w, StringComparison.OrdinalIgnoreCase)) { classes |= cls; break; }
        return classes;
    }
}
