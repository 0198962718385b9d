namespace Relata.Events.Patterns;

/// <summary>An <see cref="EventPattern"/> with its words turned into <see cref="PatternWords"/> ids, for matching.</summary>
internal sealed class CompiledPattern
{
    public CompiledPattern(EventPattern pattern, PatternWords words)
    {
        Pattern = pattern;
        Elements = [.. pattern.Elements.Select(e => CompiledElement.Of(e, words))];
        HasSourceSlot = pattern.HasSourceSlot;
        int leading = 0;
        while (leading < Elements.Length && Elements[leading].Kind is ElementKind.Word or ElementKind.Choice) leading++;
        LeadingWords = leading;
        Required = [.. Elements.Skip(1).Select(RequiredIds).OfType<int[]>()];
        RequiredMasks = [.. Required.Select(ids => ids.Aggregate(0UL, (mask, id) => mask | WordsPresent.Bit(id)))];
        MaxLiterals = Elements.Sum(e => e.Kind switch
        {
            ElementKind.Word or ElementKind.Verb => 1,
            ElementKind.Choice or ElementKind.Optional => e.Alternatives!.Max(a => a.Length),
            _ => 0,
        });
    }

    /// <summary>The most literal tokens a match can count: a pattern with fewer than the best match so far cannot beat it.</summary>
    public int MaxLiterals { get; }

    /// <summary>Per element after the trigger that needs a word of its own: the ids one of which must occur in the sentence.</summary>
    private int[][] Required { get; }

    /// <summary>Per element of <see cref="Required"/>, the <see cref="WordsPresent.Bit"/>s of its ids.</summary>
    public ulong[] RequiredMasks { get; }

    /// <summary>False when the sentence lacks every form some element needs, so the pattern cannot match there.</summary>
    public bool CanMatchIn(WordsPresent present)
    {
        foreach (var ids in Required)
        {
            bool any = false;
            foreach (int id in ids)
                if (present.Contains(id)) { any = true; break; }
            if (!any) return false;
        }
        return true;
    }

    private static int[]? RequiredIds(CompiledElement e) => e.Kind switch
    {
        ElementKind.Word => [e.Word],
        ElementKind.Verb => e.Forms,
        // Every alternative of a choice starts with a word; optionals, gaps and slots need none.
        ElementKind.Choice when e.Alternatives!.All(a => a.Length > 0) => [.. e.Alternatives!.Select(a => a[0]).Distinct()],
        _ => null,
    };

    public EventPattern Pattern { get; }

    public CompiledElement[] Elements { get; }

    public bool HasSourceSlot { get; }

    /// <summary>How many elements at the start are words or choices (a "by" phrase may follow any of them in a noun).</summary>
    public int LeadingWords { get; }
}

internal enum ElementKind : byte { Word, Verb, Choice, Optional, Gap, TargetSlot, SourceSlot }

/// <summary>One element of a <see cref="CompiledPattern"/>.</summary>
/// <param name="Word">The id of a literal word.</param>
/// <param name="Forms">The ids of a verb's forms.</param>
/// <param name="Alternatives">Word ids of each alternative of a choice or an optional, longest first (stable otherwise).</param>
/// <param name="GapMax">Longest run of tokens a gap skips.</param>
internal sealed record CompiledElement(ElementKind Kind, int Word = PatternWords.None, int[]? Forms = null, int[][]? Alternatives = null, int GapMax = 0)
{
    public static CompiledElement Of(PatternElement element, PatternWords words) => element switch
    {
        PatternElement.Literal literal => new(ElementKind.Word, Word: words.Add(literal.Word)),
        PatternElement.VerbLemma verb => new(ElementKind.Verb, Forms: [.. verb.Forms.Select(words.Add)]),
        PatternElement.Choice choice => new(ElementKind.Choice, Alternatives: Compile(choice.Alternatives, words)),
        PatternElement.Optional optional => new(ElementKind.Optional, Alternatives: Compile(optional.Alternatives, words)),
        PatternElement.Gap gap => new(ElementKind.Gap, GapMax: gap.Max),
        PatternElement.TargetSlot => new(ElementKind.TargetSlot),
        PatternElement.SourceSlot => new(ElementKind.SourceSlot),
        _ => throw new InvalidOperationException("unknown pattern element"),
    };

    // Longest alternative first, so "air strikes" beats "air" when both are listed.
    private static int[][] Compile(IReadOnlyList<IReadOnlyList<string>> alternatives, PatternWords words) =>
        [.. alternatives.Select(a => a.Select(words.Add).ToArray()).OrderByDescending(a => a.Length)];
}
