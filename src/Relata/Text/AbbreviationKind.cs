namespace Relata.Text;

/// <summary>How a period after an abbreviation bears on a sentence break. See data/lexicons/abbreviations.yaml.</summary>
public enum AbbreviationKind : byte
{
    None,
    /// <summary>Precedes a name ("Dr.", "Gen.", "St."): never ends a sentence.</summary>
    Title,
    /// <summary>"Dec. 27": not an end before a number, otherwise ends only before a sentence opener.</summary>
    Month,
    /// <summary>"No. 5": not an end before a number, otherwise an ordinary word.</summary>
    BeforeNumber,
    /// <summary>"e.g.", "cf.": never ends a sentence.</summary>
    NonTerminal,
    /// <summary>"etc.", "Inc.", "Jr.", and dotted initialisms like "U.S.": end only before a sentence opener.</summary>
    MayEnd,
}
