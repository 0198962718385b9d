namespace Relata.Events.Ontology;

/// <summary>The four-way cooperation/conflict grouping used by GDELT (QuadClass) and PLOVER.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
