using Relata.Documents;

namespace Relata.Quantities;

/// <summary>A piece of text with its exact offsets.</summary>
public sealed record TextRef(string Text, TextSpan Span);

/// <summary>The period a figure is for: the TIMEX3 value of the linked expression and its span.</summary>
public sealed record QuantityPeriod(string Value, TextSpan Span);

/// <summary>Which bound an approximator sets: "more than 50" is a lower bound, "up to 50" an upper one.</summary>
public enum QuantityBound : byte { None, Lower, Upper }

/// <summary>
/// A figure in the text: value already multiplied by its scale ("$323 million" → 323000000 USD), normalised unit
/// (ISO currency code, "t", "%", "people", or the counted noun), dimension, approximation, relative change,
/// and what it measures, for which period and about which actors (surface names; actor ids come later).
/// </summary>
public sealed record Quantity
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    /// <summary>money, mass, volume, energy, power, distance, area, percentage, people, count.</summary>
    public required string Dimension { get; init; }
    public bool Approximate { get; init; }
    /// <summary>The approximator as written ("around", "more than"), or null.</summary>
    public string? Qualifier { get; init; }
    public QuantityBound Bound { get; init; }
    /// <summary>Relative change as a fraction (+0.5 for "a 50% increase", −0.12 for "fell by 12%"), or null.</summary>
    public double? Change { get; init; }
    public TextRef? Measure { get; init; }
    public QuantityPeriod? Period { get; init; }
    public List<TextRef> ActorNames { get; init; } = [];
}
