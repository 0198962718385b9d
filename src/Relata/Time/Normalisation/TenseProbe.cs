using Relata.Time.Lexicon;

namespace Relata.Time.Normalisation;

/// <summary>Shallow tense of the clause around a token: the nearest tense cue in the sentence decides (+1 future, −1 past, 0 none).</summary>
public static class TenseProbe
{
    public static int At(in SentenceTokens t, int first, int end, TimeLexicon lex)
    {
        // The verb just before the expression governs it ("signed on June 18 would ..." is past).
        for (int d = 1; d <= 3; d++)
        {
            int s = Cue(t, first - d, lex);
            if (s != 0) return s;
        }
        for (int d = 1; d < 20; d++)
        {
            int a = first - d, b = end - 1 + d;
            if (!t.InRange(a) && !t.InRange(b)) break;
            // The three tokens before the expression were read above and held no cue.
            int sa = d <= 3 ? 0 : Cue(t, a, lex), sb = Cue(t, b, lex);
            if (sa != 0) return sa;
            if (sb != 0) return sb;
        }
        return 0;
    }

    private static int Cue(in SentenceTokens t, int i, TimeLexicon lex)
    {
        if (!t.IsWord(i)) return 0;
        var classes = t.Classes[i];
        if ((classes & WordClass.FutureCue) != 0) return 1;
        if ((classes & WordClass.PastCue) != 0) return -1;
        var w = t.Word(i);
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !t.IsCapitalized(i)) return -1;
        return 0;
    }
}
