namespace Relata.Events.Merging;

/// <summary>
/// When two CAMEO codes can describe one real event. Codes must nest ("050" is any 05x; "081" holds "0812"), except
/// that hosting a visit (043) is the visit itself (042) seen from the host. Two different specific acts of one root
/// ("054" recognise, "057" sign an agreement) are two events, not one event with a conflicting detail.
/// </summary>
internal static class CodeRules
{
    public static bool Compatible(string x, string y) => Nests(x, y) || IsVisit(x) && IsVisit(y);

    /// <summary>One code is the other or a refinement of it; a root-level code ("040") stands for its whole root.</summary>
    public static bool Nests(string x, string y) =>
        y.StartsWith(Generic(x), StringComparison.Ordinal) || x.StartsWith(Generic(y), StringComparison.Ordinal);

    private static string Generic(string code) => code.Length == 3 && code[2] == '0' ? code[..2] : code;

    private static bool IsVisit(string code) => code.StartsWith("042", StringComparison.Ordinal) || code.StartsWith("043", StringComparison.Ordinal);
}
