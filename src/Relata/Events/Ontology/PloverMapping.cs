namespace Relata.Events.Ontology;

/// <summary>The PLOVER reading of one CAMEO code.</summary>
/// <param name="Type">Null when PLOVER has no counterpart (CAMEO 01x public statements).</param>
/// <param name="Mode">Null when the CAMEO code carries no finer detail than the type.</param>
public sealed record PloverMapping(
    CameoCode Cameo,
    PloverType? Type,
    PloverMode? Mode,
    IReadOnlyList<PloverContext> Contexts)
{
    public bool HasCounterpart => Type is not null;
}
