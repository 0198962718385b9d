using Relata.Documents;

namespace Relata.Time.Lexicon;

/// <summary>
/// Re-splits the segmenter's tokens at the seams the date and figure matchers read separately, so they can test
/// each part on its own: "10:30" → 10 : 30, "50%" → 50 %, "1990s" → 1990 s, "19th" → 19 th, "Dec." → Dec .,
/// "mid-2019" → mid - 2019, "2024-W05" → 2024 - W05, "18-year-old" → 18 - year-old. Offsets stay those of the text.
/// Dotted initialisms ("U.S.", "a.m.") and URLs, e-mail addresses and handles are kept whole; a token that needs
/// no split is copied as it is.
/// </summary>
public static class FineTokens
{
    /// <summary>Appends the fine tokens of <paramref name="source"/>[<paramref name="from"/>..<paramref name="to"/>) to <paramref name="into"/>.</summary>
    public static void Append(string text, List<Token> source, int from, int to, List<Token> into)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(source);
        // Most tokens are copied as they are: copy each run of them at once, and split only the others.
        int run = from;
        for (int k = from; k < to; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number)
            {
                if (k > run) into.AddRange(tokens[run..k]);
                SplitNumber(text, token.Start, token.End, into);
                run = k + 1;
            }
            else if (token.Kind == TokenKind.Word && !NeedsNoSplit(text.AsSpan(token.Start, token.End - token.Start)))
            {
                if (k > run) into.AddRange(tokens[run..k]);
                SplitWord(text, token.Start, token.End, into);
                run = k + 1;
            }
        }
        if (to > run) into.AddRange(tokens[run..to]);
    }

    /// <summary>
    /// <see cref="Append(string, List{Token}, int, int, List{Token})"/> that also looks up the classes of every word it
    /// copies as it is: one pass over a word's characters tells both its classes and whether it needs a split.
    /// </summary>
    /// <returns>
    /// The union of the classes of the range's words (an article's without <see cref="WordClass.NumberWord"/>, a hyphenated
    /// word's without <see cref="WordClass.InnerHyphen"/> unless it may be a number such as "twenty-five") when every token is punctuation or a word copied as it is;
    /// otherwise null (some token is a number, symbol, link or split word).
    /// </returns>
    public static WordClass? Append(string text, List<Token> source, int from, int to, List<Token> into, TokenClasses classes)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(source)[from..to];
        var table = classes.Table;
        int run = 0;
        // Token k of the current run lands at into[shift + k]; the class slots are reserved for every token left.
        int shift = into.Count;
        var bits = classes.Reserve(shift + tokens.Length);
        var union = WordClass.None;
        bool plain = true;
        for (int k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var kind = token.Kind;
            if (kind == TokenKind.Word)
            {
                var c = table.Classify(text.AsSpan(token.Start, token.End - token.Start), out bool split);
                if (!split)
                {
                    bits[shift + k] = c;
                    // An article is a number word, but alone it starts no figure: a number word after it would be in the union too.
                    union |= (c & WordClass.Article) != 0 ? c & ~WordClass.NumberWord : c;
                    continue;
                }
                if (k > run) into.AddRange(tokens[run..k]);
                int at = into.Count;
                SplitWord(text, token.Start, token.End, into);
                if (into.Count == at + 1 && into[at] == token)
                {
                    // Copied as it is after all ("so-called", "U.S."): its classes stand.
                    run = k + 1;
                    shift = into.Count - run;
                    bits = classes.Reserve(into.Count + tokens.Length - run);
                    bits[at] = c;
                    union |= (c & WordClass.InnerHyphen) != 0 && !table.MayBeHyphenatedNumber(text.AsSpan(token.Start, token.End - token.Start))
                        ? c & ~WordClass.InnerHyphen : c;
                    continue;
                }
            }
            else if (kind == TokenKind.Number)
            {
                if (k > run) into.AddRange(tokens[run..k]);
                SplitNumber(text, token.Start, token.End, into);
            }
            else
            {
                if (kind != TokenKind.Punctuation) plain = false;
                continue;
            }
            run = k + 1;
            plain = false;
            shift = into.Count - run;
            bits = classes.Reserve(into.Count + tokens.Length - run);
        }
        if (tokens.Length > run) into.AddRange(tokens[run..]);
        return plain ? union : null;
    }

    /// <summary>Digits with inner "," "." and no-break-space separators; then ":MM" groups, a trailing "%"/"‰", or a letter suffix.</summary>
    private static void SplitNumber(string text, int start, int end, List<Token> into)
    {
        int i = NumberEnd(text, start, end);
        into.Add(new Token(start, i, TokenKind.Number));
        while (i < end && text[i] == ':' && i + 1 < end && char.IsDigit(text[i + 1]))
        {
            into.Add(new Token(i, i + 1, TokenKind.Punctuation));
            int group = NumberEnd(text, i + 1, end);
            into.Add(new Token(i + 1, group, TokenKind.Number));
            i = group;
        }
        if (i >= end) return;
        if (text[i] is '%' or '\u2030')
        {
            into.Add(new Token(i, i + 1, TokenKind.Symbol));
            if (i + 1 < end) SplitWord(text, i + 1, end, into);
            return;
        }
        if (IsHyphen(text[i]))
        {
            into.Add(new Token(i, i + 1, TokenKind.Punctuation));
            i++;
        }
        if (i < end) SplitWord(text, i, end, into);
    }

    private static int NumberEnd(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if (c is ',' or '.' or '\u00A0' or '\u202F' or '\u2009' && i + 1 < end && char.IsDigit(text[i + 1])) { i += 2; continue; }
            break;
        }
        return i;
    }

    /// <summary>Splits a word before a hyphen that precedes a digit, and drops the period of an abbreviation ("Dec.").</summary>
    private static void SplitWord(string text, int start, int end, List<Token> into)
    {
        if (char.IsDigit(text[start]))
        {
            SplitNumber(text, start, end, into);
            return;
        }
        int wordEnd = end;
        bool period = end - start > 1 && text[end - 1] == '.' && text.AsSpan(start, end - 1 - start).IndexOf('.') < 0;
        if (period) wordEnd--;
        int piece = start;
        for (int i = start + 1; i + 1 < wordEnd; i++)
        {
            if (!IsHyphen(text[i]) || !char.IsDigit(text[i + 1])) continue;
            into.Add(new Token(piece, i, TokenKind.Word));
            into.Add(new Token(i, i + 1, TokenKind.Punctuation));
            SplitNumber(text, i + 1, wordEnd, into);
            piece = -1;
            break;
        }
        if (piece >= 0) into.Add(new Token(piece, wordEnd, TokenKind.Word));
        if (period) into.Add(new Token(end - 1, end, TokenKind.Punctuation));
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>
    /// Most words: no leading digit, no final period, no hyphen inside. <see cref="SplitWord"/> would copy them
    /// as they are.
    /// </summary>
    private static bool NeedsNoSplit(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || char.IsDigit(word[0]) || word[^1] == '.') return false;
        return word.IndexOfAny(Hyphens) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> Hyphens = System.Buffers.SearchValues.Create("-\u2010\u2011");
}
