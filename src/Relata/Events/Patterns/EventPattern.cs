namespace Relata.Events.Patterns;

public enum PatternKind : byte
{
    /// <summary>Triggered by a verb (first word is a lemma); the source defaults to the clause subject.</summary>
    Verb,

    /// <summary>A nominal event ("the visit to Kabul"); the source is the possessor or a "by" phrase.</summary>
    Noun,
}

/// <summary>Modality a trigger expresses by itself, for the coder to apply to the event.</summary>
public enum ModalityHint : byte { None, Hypothetical, Negated }

/// <summary>Which actor slot a possessor before a nominal trigger fills ("Russia's recognition" vs "the Taliban's removal").</summary>
public enum PossessorRole : byte { Source, Target }

/// <summary>One compiled pattern of an event pattern table.</summary>
/// <param name="Code">The CAMEO code the pattern yields, e.g. <c>"042"</c>.</param>
/// <param name="Text">The pattern as written in the table.</param>
/// <param name="File">Path of the table relative to <c>data/</c>, e.g. <c>events/04-consult.yaml</c>.</param>
/// <param name="Line">1-based line of the pattern in that file.</param>
/// <param name="Contexts">Canonical PLOVER context names the event carries.</param>
public sealed record EventPattern(
    string Code,
    PatternKind Kind,
    string Text,
    IReadOnlyList<PatternElement> Elements,
    PossessorRole Possessor,
    bool Symmetric,
    ModalityHint Modality,
    IReadOnlyList<string> Contexts,
    string? Note,
    string File,
    int Line)
{
    /// <summary>The first element; its word forms are the keys of the trigger index.</summary>
    public PatternElement Trigger => Elements[0];

    public bool HasTargetSlot => Has<PatternElement.TargetSlot>();

    public bool HasSourceSlot => Has<PatternElement.SourceSlot>();

    private bool Has<T>() where T : PatternElement
    {
        for (int i = 0; i < Elements.Count; i++)
            if (Elements[i] is T) return true;
        return false;
    }

    /// <summary>Canonical form used to detect the same pattern listed twice.</summary>
    public string Canonical => (Kind == PatternKind.Noun ? "N:" : "V:")
        + (Possessor == PossessorRole.Target ? "+'s " : "")
        + string.Join(' ', Elements.Select(e => e.Describe()));

    public override string ToString() => $"{Code} {Kind} \"{Text}\" ({File}:{Line})";
}
