namespace Relata.Events.Ontology;

/// <summary>A PLOVER context (e.g. <c>military</c>, <c>migration</c>) that can qualify any event type.</summary>
/// <param name="Aliases">Other names accepted on lookup, e.g. <c>refugee</c> for <c>migration</c>.</param>
public sealed record PloverContext(string Name, string Description, IReadOnlyList<string> Aliases, bool IsExtension);
