namespace Relata.Documents;

/// <summary>
/// The date underspecified expressions ("On 17 April") are resolved against.
/// Either stated by the source, or inferred from the dates the text mentions.
/// </summary>
public sealed record ReferenceDate(DateOnly Value, bool Inferred, string Reason)
{
    public static ReferenceDate Stated(DateOnly value, string how) => new(value, false, how);
}
