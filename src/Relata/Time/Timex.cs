using Relata.Documents;

namespace Relata.Time;

public enum TimexType : byte { Date, Time, Duration, Set }

/// <summary>Finest calendar unit an expression pins down.</summary>
public enum TimexPrecision : byte { None, Millennium, Century, Decade, Year, Half, Season, Quarter, Month, Week, Day, Time }

/// <summary>What an underspecified or relative expression was resolved against.</summary>
/// <param name="Kind">"reference", "previous-timex" or "none".</param>
/// <param name="Value">TIMEX3 value of the anchor, null for "none".</param>
public sealed record TimexAnchor(string Kind, string? Value)
{
    public static TimexAnchor None { get; } = new("none", null);
    public static TimexAnchor Reference(string value) => new("reference", value);
    public static TimexAnchor Previous(string value) => new("previous-timex", value);
    public override string ToString() => Value is null ? Kind : $"{Kind} {Value}";
}

/// <summary>
/// One temporal expression, TIMEX3-style. <see cref="Value"/> follows TIMEX3: "2025-04-17", "2025-05", "XXXX-04-17",
/// "199", "18" (the 1800s), "P5D", "PRESENT_REF". A range ("from 2000 to 2017") is one expression whose value is
/// "2000-2017" for year ranges and "begin/end" (ISO 8601 interval) otherwise, with <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
public sealed record Timex
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required TimexType Type { get; init; }
    public required string Value { get; init; }
    public string? Begin { get; init; }
    public string? End { get; init; }
    public TimexAnchor Anchor { get; init; } = TimexAnchor.None;
    public TimexPrecision Precision { get; init; }
    /// <summary>TIMEX3 mod: START, MID, END, APPROX (or null).</summary>
    public string? Mod { get; init; }
    /// <summary>PAST_REF / PRESENT_REF / FUTURE_REF and other expressions that name no calendar period.</summary>
    public bool Vague { get; init; }
    /// <summary>Date of a cited source ("(Gazeta.ru, June 19)"), never the date of the event in the sentence.</summary>
    public bool Citation { get; init; }
    /// <summary>Preposition that introduces it ("since", "by", "from" …), lower-case, or null.</summary>
    public string? Signal { get; init; }
    /// <summary>Why the expression could not be normalised (impossible date, absurd year), or null.</summary>
    public string? Rejected { get; init; }

    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public bool IsRange => Begin is not null;
}
