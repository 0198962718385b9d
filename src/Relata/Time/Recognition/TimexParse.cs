namespace Relata.Time.Recognition;

public enum ParseKind : byte { Calendar, Decade, Century, Duration, Set, Relative, Shift, RelativeDay, Weekday, Time, Vague, Range }

/// <summary>What the recogniser understood of one expression, before it is anchored and normalised.</summary>
public sealed class TimexParse
{
    public ParseKind Kind { get; set; }
    /// <summary>First and last-exclusive token index into the fine token list of the document (<see cref="Lexicon.FineTokens"/>).</summary>
    public int FirstToken { get; set; }
    public int EndToken { get; set; }

    public int? Year { get; set; }
    public bool TwoDigitYear { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    /// <summary>Sub-year part: season (SU), quarter (Q3), half (H1) or ISO week (W05).</summary>
    public string? Part { get; set; }
    /// <summary>Decade prefix (199 for the 1990s) or TIMEX3 century value (18 for the 19th century).</summary>
    public int Period { get; set; }
    /// <summary>Duration or shift amount; null when vague ("several years").</summary>
    public double? Amount { get; set; }
    /// <summary>Duration/relative unit code (Y, M, W, D, DE, CE, H …) or a season code or month/weekday for relatives.</summary>
    public string Unit { get; set; } = "";
    public bool TimeUnit { get; set; }
    public int Offset { get; set; }
    public bool Anaphoric { get; set; }
    public int Weekday { get; set; }
    public int Hour { get; set; } = -1;
    public int Minute { get; set; }
    public string? Value { get; set; }
    public string? Mod { get; set; }
    public string? Signal { get; set; }
    public bool Citation { get; set; }
    /// <summary>Shallow tense of the clause: +1 future, −1 past, 0 unknown.</summary>
    public int Tense { get; set; }
    /// <summary>True once <see cref="Tense"/> holds the probe of this parse's own tokens, so resolution need not probe again.</summary>
    internal bool TenseProbed { get; set; }
    public string? Rejected { get; set; }
    public TimexParse? Begin { get; set; }
    public TimexParse? End { get; set; }

    internal object MemberwiseCloneForRange() => MemberwiseClone();

    public bool IsFullDate => Kind == ParseKind.Calendar && Year is not null && Month is not null && Day is not null && Part is null;
}
