namespace Relata.Events.Patterns;

/// <summary>Compiles one pattern string of an event table into <see cref="PatternElement"/>s.</summary>
public static class PatternParser
{
    public const int GapMax = 3;

    /// <summary>Parses <paramref name="text"/>; the first word of a verb pattern becomes a <see cref="PatternElement.VerbLemma"/>.</summary>
    /// <exception cref="PatternSyntaxException">The pattern is malformed.</exception>
    public static (IReadOnlyList<PatternElement> Elements, PossessorRole Possessor) Parse(
        string text, PatternKind kind, VerbInflector inflector)
    {
        var raw = Lex(text);
        if (raw.Count == 0) throw new PatternSyntaxException("pattern is empty");

        var possessor = PossessorRole.Source;
        if (raw[0] is "+'s" or "$'s")
        {
            if (kind != PatternKind.Noun) throw new PatternSyntaxException($"'{raw[0]}' (possessor slot) is only allowed in nouns");
            possessor = raw[0] == "+'s" ? PossessorRole.Target : PossessorRole.Source;
            raw.RemoveAt(0);
            if (raw.Count == 0) throw new PatternSyntaxException("a possessor slot needs a trigger word after it");
        }

        var elements = new List<PatternElement>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var element = ParseElement(raw[i]);
            if (i == 0 && kind == PatternKind.Verb)
            {
                if (element is not PatternElement.Literal literal)
                    throw new PatternSyntaxException($"a verb pattern must start with a verb lemma, not '{raw[i]}'");
                element = new PatternElement.VerbLemma(literal.Word, inflector.FormsOf(literal.Word));
            }
            elements.Add(element);
        }
        Validate(elements, raw, possessor);
        return (elements, possessor);
    }

    private static void Validate(List<PatternElement> elements, List<string> raw, PossessorRole possessor)
    {
        if (elements[0] is not (PatternElement.Literal or PatternElement.VerbLemma or PatternElement.Choice))
            throw new PatternSyntaxException($"a pattern must start with a word or a (x|y) choice, not '{raw[0]}'");
        if (elements[^1] is PatternElement.Gap)
            throw new PatternSyntaxException("a pattern cannot end with '*'");
        int targets = elements.Count(e => e is PatternElement.TargetSlot);
        int sources = elements.Count(e => e is PatternElement.SourceSlot);
        if (possessor == PossessorRole.Target) targets++;
        if (targets > 1) throw new PatternSyntaxException("more than one target slot '+'");
        if (sources > 1) throw new PatternSyntaxException("more than one source slot '$'");
        for (int i = 1; i < elements.Count; i++)
        {
            if (IsVariable(elements[i]) && IsVariable(elements[i - 1]))
                throw new PatternSyntaxException($"'{raw[i - 1]} {raw[i]}': slots and gaps must be separated by a word, or the match is ambiguous");
        }
    }

    private static bool IsVariable(PatternElement e) =>
        e is PatternElement.Gap or PatternElement.TargetSlot or PatternElement.SourceSlot;

    private static PatternElement ParseElement(string token)
    {
        switch (token)
        {
            case "+": return new PatternElement.TargetSlot();
            case "$": return new PatternElement.SourceSlot();
            case "*": return new PatternElement.Gap(GapMax);
        }
        if (token[0] is '[' or '(')
        {
            bool optional = token[0] == '[';
            var alternatives = new List<IReadOnlyList<string>>();
            foreach (var alternative in token[1..^1].Split('|'))
            {
                var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) throw new PatternSyntaxException($"empty alternative in '{token}'");
                alternatives.AddRange(ExpandSuffixes(words));
            }
            if (!optional && !token.Contains('|'))
                throw new PatternSyntaxException($"'{token}' has a single alternative; write the word itself");
            return optional ? new PatternElement.Optional(alternatives) : new PatternElement.Choice(alternatives);
        }
        var expanded = ExpandSuffixes([token]);
        return expanded.Count == 1
            ? new PatternElement.Literal(expanded[0][0])
            : new PatternElement.Choice(expanded);
    }

    /// <summary>"strike[s]" → "strike" and "strikes"; applied to every word of a multi-word alternative.</summary>
    private static List<IReadOnlyList<string>> ExpandSuffixes(string[] words)
    {
        var results = new List<List<string>> { new() };
        foreach (var word in words)
        {
            var variants = WordVariants(word);
            var next = new List<List<string>>(results.Count * variants.Length);
            foreach (var prefix in results)
                foreach (var variant in variants)
                    next.Add([.. prefix, variant]);
            results = next;
        }
        return results.Cast<IReadOnlyList<string>>().ToList();
    }

    private static string[] WordVariants(string word)
    {
        int open = word.IndexOf('[');
        if (open < 0) return [CheckWord(word)];
        if (open == 0 || !word.EndsWith(']') || word.IndexOf('[', open + 1) >= 0)
            throw new PatternSyntaxException($"'{word}': an optional suffix is written word[s] at the end of a word");
        var stem = CheckWord(word[..open]);
        var suffix = CheckWord(word[(open + 1)..^1]);
        return [stem, stem + suffix];
    }

    private static string CheckWord(string word)
    {
        if (word.Length == 0) throw new PatternSyntaxException("empty word");
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsLower(c))
                throw new PatternSyntaxException($"'{word}': literal words are written in lower case");
            if (!(char.IsLetterOrDigit(c) || c is '-' or '\'' or '.' or '&'))
                throw new PatternSyntaxException($"'{word}': unexpected character '{c}'");
        }
        return word;
    }

    /// <summary>Splits on spaces, keeping bracketed groups (which may contain spaces) whole.</summary>
    private static List<string> Lex(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (c is '[' or '(')
            {
                char close = c == '[' ? ']' : ')';
                int end = text.IndexOf(close, i + 1);
                if (end < 0) throw new PatternSyntaxException($"'{c}' at column {i + 1} is never closed");
                var inner = text.AsSpan(i + 1, end - i - 1);
                if (inner.IndexOfAny(c == '[' ? "[()+$*" : "()+$*") >= 0)
                    throw new PatternSyntaxException($"'{text[i..(end + 1)]}': groups hold literal words only and cannot nest");
                i = end + 1;
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                    throw new PatternSyntaxException($"'{text[start..i]}' must be followed by a space");
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    if (text[i] is '(' or ')' || (text[i] == ']' && text.LastIndexOf('[', i) < start))
                        throw new PatternSyntaxException($"unbalanced bracket at column {i + 1}");
                    i++;
                }
            }
            tokens.Add(text[start..i]);
        }
        return tokens;
    }
}
