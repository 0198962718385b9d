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

    /// <summary>
    /// Only a bound: the source's last-modified time says the text existed by then, not when anything in it happened.
    /// Relative expressions still resolve against it, but facts are not dated by it.
    /// </summary>
    public bool UpperBoundOnly { get; init; }

    /// <summary>The TIMEX3 value facts without a date of their own may take, or null when this is only a bound.</summary>
    public string? FactTimex => UpperBoundOnly ? null : Timex;

    public static ReferenceDate Stated(DateOnly value, string how) => new(value, false, how);

    /// <summary>TIMEX3-style value at the supported precision: "2025-04-17", "2025-04" or "2025".</summary>
    public string Timex => Precision switch
    {
        DatePrecision.Year => Value.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
