using System.Globalization;

namespace Relata.Documents;

/// <summary>How much of a reference date the evidence supports.</summary>
public enum DatePrecision : byte { Day, Month, Year }

/// <summary>
/// The date underspecified expressions ("On 17 April") are resolved against.
/// Either stated by the source, or inferred from the dates the text mentions.
/// </summary>
/// <param name="Value">The date; for month or year precision, the last day of that month or year.</param>
public sealed record ReferenceDate(DateOnly Value, bool Inferred, string Reason)
{
    public DatePrecision Precision { get; init; } = DatePrecision.Day;

    public static ReferenceDate Stated(DateOnly value, string how) => new(value, false, how);

    /// <summary>TIMEX3-style value at the supported precision: "2025-04-17", "2025-04" or "2025".</summary>
    public string Timex => Precision switch
    {
        DatePrecision.Year => Value.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
