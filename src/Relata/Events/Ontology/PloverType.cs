using System.Diagnostics.CodeAnalysis;

namespace Relata.Events.Ontology;

/// <summary>One of the 16 PLOVER event types with its modes.</summary>
public sealed record PloverType(string Name, QuadClass QuadClass, string Description, IReadOnlyList<PloverMode> Modes)
{
    public bool TryMode(string name, [NotNullWhen(true)] out PloverMode? mode)
    {
        foreach (var m in Modes)
        {
            if (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                mode = m;
                return true;
            }
        }
        mode = null;
        return false;
    }
}
