namespace Relata.Events.Ontology;

/// <summary>One CAMEO event code: a root (2 digits), a 3-digit code or a 4-digit code.</summary>
/// <param name="Code">The code with its leading zeros, e.g. <c>"057"</c>.</param>
/// <param name="Root">The 2-digit cue category, e.g. <c>"05"</c>.</param>
/// <param name="Parent">The 3-digit parent of a 4-digit code, the root of a 3-digit code, null for a root.</param>
/// <param name="Goldstein">Goldstein conflict/cooperation weight, -10 to +10.</param>
public sealed record CameoCode(
    string Code,
    string Name,
    string Root,
    string? Parent,
    double Goldstein,
    QuadClass QuadClass,
    string Description)
{
    public bool IsRoot => Parent is null;

    /// <summary>1 for roots, 2 for 3-digit codes, 3 for 4-digit codes.</summary>
    public int Level => Code.Length - 1;
}
