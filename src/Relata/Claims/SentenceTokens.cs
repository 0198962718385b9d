using Relata.Documents;

namespace Relata.Claims;

/// <summary>Read helpers over one sentence's tokens (indices are sentence-relative).</summary>
/// <param name="cueIds">Cue-matcher word ids of every token of the document (see ClaimExtractor).</param>
/// <param name="classes"><see cref="ClaimWord"/> classes of every token of the document.</param>
/// <param name="classified">True when <paramref name="classes"/> already holds the whole document's classes.</param>
internal sealed class SentenceTokens(string text, List<Token> tokens, Sentence sentence, List<Quote> quotes, int[] cueIds, int[] classes,
    bool classified = false)
{
    private bool _classified = classified;

    /// <summary>Fills the sentence's word classes: only sentences with a cue are asked about them, so the rest are never classified.</summary>
    public void Classify(ClaimWords words)
    {
        if (_classified) return;
        words.Classify(text, tokens, sentence.FirstToken, sentence.TokenCount, classes);
        _classified = true;
    }

    public string Text => text;
    public List<Token> AllTokens => tokens;
    public Sentence Sentence => sentence;
    public List<Quote> Quotes => quotes;
    public int Count => sentence.TokenCount;

    /// <summary>Cue-matcher word ids of tokens [from, from+count) of the sentence.</summary>
    public ReadOnlySpan<int> CueIds(int from, int count) => cueIds.AsSpan(sentence.FirstToken + from, count);

    public Token this[int i] => tokens[sentence.FirstToken + i];

    public ReadOnlySpan<char> Word(int i)
    {
        var t = this[i];
        return text.AsSpan(t.Start, t.Length);
    }

    public bool IsWord(int i) => this[i].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Token <paramref name="i"/> exists and belongs to any of <paramref name="words"/>.</summary>
    public bool Has(int i, ClaimWord words) => (uint)i < (uint)Count && (classes[sentence.FirstToken + i] & (int)words) != 0;

    public bool Is(int i, string lower) => i >= 0 && i < Count && Word(i).Equals(lower, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i, char c) => i >= 0 && i < Count && this[i].Kind is TokenKind.Punctuation && text[this[i].Start] == c;

    public bool IsQuoteMark(int i) =>
        i >= 0 && i < Count && this[i].Kind is TokenKind.Punctuation && QuoteScanner.IsQuoteMark(text[this[i].Start]);

    public bool IsCapitalised(int i) => this[i].Kind == TokenKind.Word && char.IsUpper(text[this[i].Start]);

    /// <summary>Index of the quote whose interior holds token <paramref name="i"/> (quote marks excluded), or -1.</summary>
    public int QuoteOf(int i)
    {
        var t = this[i];
        int q = QuoteScanner.IndexAt(quotes, t.Start);
        return q >= 0 && t.Start > quotes[q].Open && t.Start < quotes[q].Close ? q : -1;
    }

    /// <summary>Token count without trailing sentence-final punctuation (. ! ? …).</summary>
    public int ContentEnd()
    {
        int end = Count;
        while (end > 0 && this[end - 1].Kind == TokenKind.Punctuation && text[this[end - 1].Start] is '.' or '!' or '?' or '\u2026')
            end--;
        return end;
    }

    public TextSpan Span(int from, int to) => new(this[from].Start, this[to - 1].End);
}
