using Relata.Documents;

namespace Relata.Time.Lexicon;

/// <summary>A view of the tokens of one sentence (or any token range) with cheap, allocation-free tests.</summary>
public readonly struct SentenceTokens(string text, List<Token> tokens, int start, int end, TokenClasses classes)
{
    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;
    public int Start { get; } = start;
    public int End { get; } = end;
    /// <summary>The lexicon classes of <see cref="Tokens"/>, looked up once per token.</summary>
    public TokenClasses Classes { get; } = classes;

    public Token this[int i] => Tokens[i];

    public bool InRange(int i) => i >= Start && i < End;

    public ReadOnlySpan<char> Word(int i)
    {
        var token = Tokens[i];
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>True when token <paramref name="i"/> is in range and its text is in one of the tables of <paramref name="classes"/>.</summary>
    public bool Has(int i, WordClass classes) => InRange(i) && (Classes[i] & classes) != 0;

    /// <summary><see cref="Has"/> for word tokens only.</summary>
    public bool WordHas(int i, WordClass classes) => IsWord(i) && (Classes[i] & classes) != 0;

    public bool Is(int i, string word) => InRange(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int i, char c) => InRange(i) && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsDash(int i) => InRange(i) && Tokens[i].Length == 1 && Text[Tokens[i].Start] is '-' or '\u2013' or '\u2014' or '\u2010' or '\u2011';

    public bool IsNumber(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Number;

    public bool IsWord(int i) => InRange(i) && Tokens[i].Kind == TokenKind.Word;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>True when no whitespace separates token <paramref name="i"/> from the next one.</summary>
    public bool Touches(int i) => InRange(i) && InRange(i + 1) && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>Plain digits only (no separators), with their count.</summary>
    public bool IsDigits(int i, out int value, out int digits)
    {
        value = 0; digits = 0;
        if (!IsNumber(i)) return false;
        var s = Word(i);
        if (s.Length > 9) return false;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        digits = s.Length;
        return true;
    }
}
