using System.Runtime.InteropServices;
using Relata.Documents;
using Relata.Time.Lexicon;

namespace Relata.Time.Normalisation;

/// <summary>Shallow tense of the clause around a token: the nearest tense cue in the sentence decides (+1 future, −1 past, 0 none).</summary>
public static class TenseProbe
{
    public static int At(in SentenceTokens t, int first, int end, TimeLexicon lex)
    {
        var probe = new Probe(CollectionsMarshal.AsSpan(t.Tokens), t.Classes, t.Text, t.Start, t.End);
        // The verb just before the expression governs it ("signed on June 18 would ..." is past).
        for (int d = 1; d <= 3; d++)
        {
            int s = probe.Cue(first - d);
            if (s != 0) return s;
        }
        for (int d = 1; d < 20; d++)
        {
            int a = first - d, b = end - 1 + d;
            if (!probe.InRange(a) && !probe.InRange(b)) break;
            // The three tokens before the expression were read above and held no cue.
            int sa = d <= 3 ? 0 : probe.Cue(a), sb = probe.Cue(b);
            if (sa != 0) return sa;
            if (sb != 0) return sb;
        }
        return 0;
    }

    private readonly ref struct Probe(ReadOnlySpan<Token> tokens, TokenClasses classes, string text, int start, int end)
    {
        private readonly ReadOnlySpan<Token> _tokens = tokens;

        public bool InRange(int i) => i >= start && i < end;

        /// <summary>A tense word of the lexicon, or a lower-case word of five letters or more ending in "ed" (past).</summary>
        public int Cue(int i)
        {
            if (!InRange(i)) return 0;
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word) return 0;
            var c = classes[i];
            if ((c & WordClass.FutureCue) != 0) return 1;
            if ((c & WordClass.PastCue) != 0) return -1;
            if (token.End - token.Start >= 5 && text[token.End - 2] == 'e' && text[token.End - 1] == 'd' && !char.IsUpper(text[token.Start])) return -1;
            return 0;
        }
    }
}
