using Relata.Documents;
using Relata.Time.Lexicon;

namespace Relata.Quantities;

/// <summary>A figure found in a sentence before it is linked to measure, period and actors.</summary>
public sealed class QuantityMatch
{
    public int FirstToken { get; set; }
    public int NumberToken { get; set; }
    public int EndToken { get; set; }
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string Dimension { get; set; } = "";
    public string? Qualifier { get; set; }
    public QuantityBound Bound { get; set; }
    public bool Approximate { get; set; }
    /// <summary>For counts: first token of the counted noun phrase.</summary>
    public int CountedFrom { get; set; } = -1;
}

/// <summary>
/// Token-driven figure recogniser: [approximator] [currency symbol] number [scale] [currency word | unit | % | counted noun].
/// Numbers that label things ("Article 5"), ordinals, list markers, phone-like digit groups and anything inside a
/// temporal expression are not figures.
/// </summary>
public sealed class QuantityRecognizer(QuantityLexicon lex)
{
    /// <param name="blocked">Per token of the sentence (offset by <c>t.Start</c>): true inside a temporal expression.</param>
    public void Recognize(in SentenceTokens t, ReadOnlySpan<bool> blocked, bool paragraphStart, List<QuantityMatch> into)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int i = t.Start; i < t.End; i++)
        {
            if (blocked[i - t.Start]) continue;
            if (CannotStart(t, tokens, i)) continue;
            var m = TryAt(t, i, blocked, paragraphStart && i == t.Start);
            if (m is null) continue;
            into.Add(m);
            i = m.EndToken - 1;
        }
    }

    /// <summary>Classes of a word at which a figure can start: a currency symbol, or a number word (see <see cref="NumberReader.TryWords"/>).</summary>
    private const WordClass ArticleGoesOn = WordClass.NumberWord | WordClass.InnerHyphen | WordClass.Multiplier;

    internal const WordClass StartClasses = WordClass.CurrencySymbol | WordClass.NumberWord | WordClass.InnerHyphen | WordClass.Multiplier;

    /// <summary>
    /// Punctuation, and words that are neither a currency symbol, a number word nor glued to a following symbol ("US$"):
    /// <see cref="TryAt"/> finds nothing there, so most tokens are skipped without the call.
    /// </summary>
    private static bool CannotStart(in SentenceTokens t, ReadOnlySpan<Token> tokens, int i)
    {
        var kind = tokens[i].Kind;
        if (kind == TokenKind.Punctuation) return true;
        if (kind != TokenKind.Word) return false;
        var classes = t.Classes[i];
        bool gluedToSymbol = i + 1 < t.End && tokens[i].End == tokens[i + 1].Start && tokens[i + 1].Kind == TokenKind.Symbol;
        if (gluedToSymbol) return false;
        if ((classes & StartClasses) == 0) return true;
        // "a"/"an" reads as a figure only before another number word ("a dozen", "a hundred", "a twenty-five", "a and one").
        return (classes & (WordClass.Article | StartClasses)) == (WordClass.Article | WordClass.NumberWord)
            && !(i + 1 < t.End && tokens[i + 1].Kind == TokenKind.Word
                 && ((t.Classes[i + 1] & ArticleGoesOn) != 0 || t.Word(i + 1).Equals("and", StringComparison.OrdinalIgnoreCase)));
    }

    private QuantityMatch? TryAt(in SentenceTokens t, int i, ReadOnlySpan<bool> blocked, bool firstOfParagraph)
    {
        int k = i;
        string? currency = null;
        if (TryCurrencySymbol(t, k, out string code, out int afterSymbol) && (t.IsNumber(afterSymbol) || t.IsWord(afterSymbol)))
        {
            currency = code;
            k = afterSymbol;
        }
        decimal value;
        bool words = false;
        if (t.IsNumber(k))
        {
            var digits = t.Word(k);
            bool whole = NumberReader.TryWholeDigits(digits, out long n);
            double d = 0;
            if (!whole && !NumberReader.TryDigits(digits, out d)) return null;
            if (IsNotAFigure(t, k, firstOfParagraph)) return null;
            // A whole number of up to 15 digits is the same decimal as the cast of its double, without the conversion.
            value = whole ? n : (decimal)d;
            k++;
        }
        else if (t.IsWord(k))
        {
            int read = NumberReader.TryWords(t, k, lex.Numbers, allowArticle: true, out double w);
            if (read == 0) return null;
            bool article = t.Is(k, "a") || t.Is(k, "an");
            if (article && read == 1) return null;
            value = (decimal)w;
            k += read;
            words = true;
        }
        else return null;
        if (k - t.Start < blocked.Length && k > i && blocked[k - 1 - t.Start]) return null;

        var m = new QuantityMatch { FirstToken = i, NumberToken = currency is null ? i : i + 1 };
        // Scale ("million", "bn", "m" after a currency).
        if (t.WordHas(k, WordClass.Scale) && lex.Scales.TryGet(t.Word(k), out var scale) && (!scale.CurrencyOnly || currency is not null || NextIsCurrency(t, k + 1)))
        {
            value *= scale.Factor;
            k++;
        }
        if (currency is null)
        {
            string wordCode = "";
            int n = t.Has(k, WordClass.CurrencyWordFirst) ? lex.CurrencyWords.Match(t, k, WordClass.CurrencyWordInner, out wordCode) : 0;
            if (n > 0 && !(t.IsWord(k) && char.IsUpper(t.Text[t[k].Start]) && t.Word(k).Length > 3 && !IsAllUpper(t.Word(k)))) { currency = wordCode; k += n; }
            else if (TryCurrencySymbol(t, k, out string after, out int afterCode) && IsAllUpper(t.Word(k))) { currency = after; k = afterCode; }
        }
        if (currency is not null)
        {
            m.Unit = currency; m.Dimension = "money";
        }
        else if (t.Has(k, WordClass.QuantityUnitFirst) && lex.Units.Match(t, k, WordClass.QuantityUnitInner, out var unit) is int un and > 0)
        {
            m.Unit = unit.Unit; m.Dimension = unit.Dimension; value *= unit.Scale;
            k += un;
        }
        else if (TryCounted(t, k, blocked, out string counted, out bool people, out int headEnd))
        {
            m.Unit = people ? "people" : counted;
            m.Dimension = people ? "people" : "count";
            m.CountedFrom = k;
            k = headEnd;
        }
        else return null;
        if (words && m.Dimension == "money" && value < 1) return null;
        m.Value = value;
        m.EndToken = k;
        ReadApproximator(t, i, m);
        return m;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private bool NextIsCurrency(in SentenceTokens t, int k) => t.Has(k, WordClass.CurrencyWordFirst) && lex.CurrencyWords.Match(t, k, WordClass.CurrencyWordInner, out _) > 0;

    private bool TryCurrencySymbol(in SentenceTokens t, int k, out string code, out int next)
    {
        code = ""; next = k;
        if (!t.InRange(k)) return false;
        // "US$", "R$": a word glued to a symbol.
        if (t.IsWord(k) && t.Touches(k) && t.InRange(k + 1) && t[k + 1].Kind == TokenKind.Symbol)
        {
            var glued = t.Text.AsSpan(t[k].Start, t[k + 1].End - t[k].Start);
            if (lex.CurrencySymbols.TryGet(glued, out code)) { next = k + 2; return true; }
        }
        if ((t.Classes[k] & WordClass.CurrencySymbol) != 0 && (t[k].Kind == TokenKind.Symbol || (t.IsWord(k) && IsAllUpper(t.Word(k))) || t.Is(k, "Rs")))
        {
            if (lex.CurrencySymbols.TryGet(t.Word(k), out code)) { next = k + 1; return true; }
        }
        return false;
    }

    /// <summary>Labels, ordinals, list markers and phone-like numbers.</summary>
    private bool IsNotAFigure(in SentenceTokens t, int k, bool firstOfParagraph)
    {
        int prev = k - 1;
        if (t.IsChar(prev, ':') || t.IsChar(prev, '.') || t.IsChar(prev, '#')) prev--;
        if (t.WordHas(prev, WordClass.LabelWord)) return true;
        if (t.Touches(k) && t.WordHas(k + 1, WordClass.OrdinalSuffix)) return true;
        if (firstOfParagraph && (t.IsChar(k + 1, '.') || t.IsChar(k + 1, ')'))) return true;
        if (t.IsChar(k - 1, '+')) return true;
        if (t.Touches(k) && (t.IsDash(k + 1) || t.IsChar(k + 1, '/')) && t.Touches(k + 1) && t.IsNumber(k + 2)) return true;
        if (t.Touches(k - 1) && t.IsDash(k - 1) && t.IsNumber(k - 2) && t.Touches(k - 2)) return true;
        return false;
    }

    /// <summary>"175 drug laboratories", "some 18,000 servicemen", "11 states": up to two modifiers, then a plural head noun.</summary>
    private bool TryCounted(in SentenceTokens t, int k, ReadOnlySpan<bool> blocked, out string head, out bool people, out int end)
    {
        head = ""; people = false; end = k;
        for (int n = 0; n < 3 && t.IsWord(k + n); n++)
        {
            int j = k + n;
            if (blocked[j - t.Start]) return false;
            var w = t.Word(j);
            var classes = t.Classes[j];
            if ((classes & (WordClass.NotCount | WordClass.NounPhraseStop)) != 0) return false;
            if ((classes & WordClass.People) != 0) { head = w.ToString().ToLowerInvariant(); people = true; end = j + 1; return true; }
            bool plural = w.Length > 3 && w[^1] == 's' && w[^2] != 's' && !char.IsUpper(w[0]) && w.IndexOf('\'') < 0;
            if (plural) { head = w.ToString().ToLowerInvariant(); end = j + 1; return true; }
        }
        return false;
    }

    private void ReadApproximator(in SentenceTokens t, int i, QuantityMatch m)
    {
        for (int start = i - 1; start >= Math.Max(t.Start, i - 3); start--)
        {
            if (!t.IsWord(start)) break;
            var bound = QuantityBound.None;
            int n = (t.Classes[start] & WordClass.QuantityApproximatorFirst) != 0 ? lex.Approximators.Match(t, start, WordClass.QuantityApproximatorInner, out bound) : 0;
            if (n == i - start)
            {
                m.Approximate = true;
                m.Bound = bound;
                m.Qualifier = t.Text[t[start].Start..t[i - 1].End].ToLowerInvariant();
                m.FirstToken = start;
                return;
            }
        }
    }
}
