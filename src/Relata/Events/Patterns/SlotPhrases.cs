using Relata.Events.Coding;

namespace Relata.Events.Patterns;

/// <summary>
/// Shallow guesses at the phrases around a match: how far a slot may run, the actor-like phrase after a final slot
/// or "by", and a possessor before a nominal trigger.
/// </summary>
internal static class SlotPhrases
{
    /// <summary>Longest run of tokens one slot may take.</summary>
    public const int MaxSlotTokens = 8;

    /// <summary>How far before a nominal trigger a possessor may stand ("Russia's first official visit").</summary>
    private const int PossessorLookBack = 4;

    private static readonly WordSet SlotStopWords = new(new[]
    {
        "and", "or", "but", "nor", "on", "in", "at", "for", "to", "with", "from", "by", "after", "before", "over",
        "amid", "during", "since", "as", "that", "which", "who", "whom", "whose", "while", "when", "where", "because",
        "under", "against", "into", "onto", "following", "despite", "without", "through", "about", "of", "than",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
        "might", "can", "must", "said", "says", "say", "saying", "yesterday", "today", "tomorrow", "last", "next",
        "this", "earlier", "later", "recently", "again", "ahead", "until", "if", "so", "also", "not", "via", "per",
        "including", "within", "between", "among", "toward", "towards", "across", "upon", "once", "then", "there",
        "remain", "remains", "remained", "seem", "seems", "continue", "continues", "appear", "appears", "become",
        "becomes", "became", "near", "overnight", "outside", "inside", "around", "along", "beyond", "behind", "amongst", "now", "late", "early",
    });

    /// <summary>Words after which a lower-case "-ed" word still belongs to the phrase ("the armed groups").</summary>
    private static readonly WordSet Modifiers = new(new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "several", "many",
        "two", "three", "four", "five", "newly", "so-called", "heavily", "well",
    });

    private static readonly WordSet PossessorBarriers = new(new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or", "that", "which",
        "after", "before", "during", "since", "amid",
    });

    /// <summary>
    /// Whether token <paramref name="i"/> can belong to a slot that starts at <paramref name="start"/>:
    /// no punctuation and no function words, except "and" inside ("Russia and China") and "of" before a name.
    /// </summary>
    public static bool CanContinueSlot(ReadOnlySpan<string> tokens, ReadOnlySpan<TableWord> table, int start, int i)
    {
        var token = tokens[i];
        if (IsPunctuation(token)) return false;
        if (!In(tokens, table, i, SlotStopWords)) return true;
        if (i == start) return false;
        return Is(token, "and") || (Is(token, "of") && i + 1 < tokens.Length && StartsUpper(tokens[i + 1]));
    }

    /// <summary>Length of the actor-like phrase starting at <paramref name="pos"/>: up to punctuation or a function word.</summary>
    public static int NounPhraseLength(ReadOnlySpan<string> tokens, ReadOnlySpan<TableWord> table, int pos)
    {
        // "killing at least 15 fighters": a quantifier opens the phrase.
        int quantifier = QuantifierLength(tokens, pos);
        if (quantifier > 0 && pos + quantifier < tokens.Length && char.IsDigit(tokens[pos + quantifier][0]))
            return quantifier + NounPhraseLength(tokens, table, pos + quantifier);
        // "denied supplying the Houthis": a gerund opens an act, not an actor.
        if (pos < tokens.Length && tokens[pos].Length > 5 && char.IsLower(tokens[pos][0]) && tokens[pos].EndsWith("ing", StringComparison.Ordinal)
            && !Is(tokens[pos], "ruling") && !Is(tokens[pos], "fighting")) return 0;
        int i = pos;
        while (i < tokens.Length && i - pos < MaxSlotTokens)
        {
            var token = tokens[i];
            if (IsPunctuation(token)) break;
            if (i == pos && token.Length > 3 && token.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(token[0])) break;
            if (In(tokens, table, i, SlotStopWords))
            {
                // "the Republic of Korea": "of" continues a name when a capitalised word follows.
                bool nameOf = Is(token, "of") && i > pos && i + 1 < tokens.Length && StartsUpper(tokens[i + 1]);
                if (!nameOf) break;
            }
            // "Tashkent lasted two days": a past-tense verb ends the phrase unless a modifier precedes it.
            if (i > pos && token.Length > 4 && token.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(token[0])
                && !In(tokens, table, i - 1, Modifiers) && !tokens[i - 1].EndsWith("ly", StringComparison.Ordinal))
                break;
            i++;
        }
        return i - pos;
    }

    private static int QuantifierLength(ReadOnlySpan<string> tokens, int pos)
    {
        if (pos + 1 >= tokens.Length) return 0;
        string a = tokens[pos], b = tokens[pos + 1];
        if ((Is(a, "at") && (Is(b, "least") || Is(b, "most"))) || (Is(b, "than") && (Is(a, "more") || Is(a, "fewer") || Is(a, "less")))
            || (Is(a, "up") && Is(b, "to"))) return 2;
        return Is(a, "about") || Is(a, "around") || Is(a, "nearly") || Is(a, "almost") || Is(a, "over") || Is(a, "some") ? 1 : 0;
    }

    /// <summary>"Russia's", "Foreign Minister Lavrov's" shortly before a nominal trigger.</summary>
    public static TokenRange? Possessor(ReadOnlySpan<string> tokens, ReadOnlySpan<TableWord> table, int trigger)
    {
        for (int i = trigger - 1; i >= 0 && i >= trigger - PossessorLookBack; i--)
        {
            var token = tokens[i];
            if (IsPossessive(token))
            {
                int start = i;
                while (start > 0 && StartsUpper(tokens[start - 1]) && !IsPossessive(tokens[start - 1])
                       && !In(tokens, table, start - 1, PossessorBarriers)) start--;
                return new TokenRange(start, i + 1);
            }
            if (IsPunctuation(token) || In(tokens, table, i, PossessorBarriers)) return null;
        }
        return null;
    }

    private static bool IsPossessive(string token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
            || token.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
            || token.EndsWith("s'", StringComparison.Ordinal) || token.EndsWith("s\u2019", StringComparison.Ordinal));

    private static bool StartsUpper(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsPunctuation(string token)
    {
        foreach (char c in token)
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is in <paramref name="set"/>: through its table word, which remembers the
    /// answer, when the coder supplies the table; else by the text.
    /// </summary>
    private static bool In(ReadOnlySpan<string> tokens, ReadOnlySpan<TableWord> table, int i, WordSet set) =>
        table.IsEmpty ? set.Contains(tokens[i]) : table[i].IsIn(set);

    public static bool Is(string token, string word) => string.Equals(token, word, StringComparison.OrdinalIgnoreCase);
}
