namespace Relata.Events.Ontology;

/// <summary>A PLOVER mode: how an event of a given type was carried out (e.g. ASSAULT/firearms).</summary>
/// <param name="IsExtension">True when the mode is not in the PLOVER manual's tables but was added for the CAMEO crosswalk.</param>
public sealed record PloverMode(string Name, string Description, bool IsExtension);
