namespace Relata.Events.Patterns;

/// <summary>One compiled element of an event pattern; see <c>data/events/README.md</c> for the syntax.</summary>
public abstract record PatternElement
{
    private PatternElement() { }

    /// <summary>Canonical text of the element, used for duplicate detection and diagnostics.</summary>
    public abstract string Describe();

    /// <summary>A literal lower-case word, matched case-insensitively.</summary>
    public sealed record Literal(string Word) : PatternElement
    {
        public override string Describe() => Word;
    }

    /// <summary>The verb that triggers a verb pattern, matched in any of its inflected forms.</summary>
    public sealed record VerbLemma(string Lemma, IReadOnlySet<string> Forms) : PatternElement
    {
        public override string Describe() => Lemma + "/V";
    }

    /// <summary><c>+</c>: the target actor.</summary>
    public sealed record TargetSlot : PatternElement
    {
        public override string Describe() => "+";
    }

    /// <summary><c>$</c>: an explicit source actor.</summary>
    public sealed record SourceSlot : PatternElement
    {
        public override string Describe() => "$";
    }

    /// <summary><c>*</c>: skips 0 to <paramref name="Max"/> tokens.</summary>
    public sealed record Gap(int Max) : PatternElement
    {
        public override string Describe() => "*";
    }

    /// <summary><c>[a|the|its]</c>: at most one of the alternatives, each a sequence of literal words.</summary>
    public sealed record Optional(IReadOnlyList<IReadOnlyList<string>> Alternatives) : PatternElement
    {
        public override string Describe() => "[" + Join(Alternatives) + "]";
    }

    /// <summary><c>(x|y)</c>: exactly one of the alternatives, each a sequence of literal words.</summary>
    public sealed record Choice(IReadOnlyList<IReadOnlyList<string>> Alternatives) : PatternElement
    {
        public override string Describe() => "(" + Join(Alternatives) + ")";
    }

    private static string Join(IReadOnlyList<IReadOnlyList<string>> alternatives) =>
        string.Join("|", alternatives.Select(a => string.Join(' ', a)).Order(StringComparer.Ordinal));
}
