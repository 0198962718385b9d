using Relata.Store;

namespace Relata.Analysis;

public sealed record DyadQuery(ActorScope A, ActorScope B, PeriodUnit By = PeriodUnit.Year, AnalysisFilter? Filter = null);

/// <summary>Counts for one direction (or both) in one period. Quad classes as in GDELT.</summary>
public sealed record DyadCell(
    int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict, double GoldsteinSum)
{
    public static DyadCell Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public double? GoldsteinMean => Events == 0 ? null : GoldsteinSum / Events;

    /// <summary>(cooperation − conflict) / events, from −1 (all conflict) to +1 (all cooperation).</summary>
    public double? NetCooperation => Events == 0 ? null : (VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict) / (double)Events;

    public DyadCell Add(int quadClass, double goldstein) => new(
        Events + 1,
        VerbalCooperation + (quadClass == 1 ? 1 : 0), MaterialCooperation + (quadClass == 2 ? 1 : 0),
        VerbalConflict + (quadClass == 3 ? 1 : 0), MaterialConflict + (quadClass == 4 ? 1 : 0),
        GoldsteinSum + goldstein);

    public DyadCell Plus(DyadCell o) => new(Events + o.Events, VerbalCooperation + o.VerbalCooperation,
        MaterialCooperation + o.MaterialCooperation, VerbalConflict + o.VerbalConflict, MaterialConflict + o.MaterialConflict,
        GoldsteinSum + o.GoldsteinSum);
}

/// <summary>An event counted in the index and its direction (true: A→B).</summary>
public sealed record DyadEvent(DatedEvent Event, bool AToB);

public sealed record DyadPeriod(PeriodBucket Period, DyadCell AToB, DyadCell BToA)
{
    public DyadCell Both => AToB.Plus(BToA);
}

/// <summary>Direction of the cooperation–conflict series: least-squares slope of the per-period Goldstein sum over
/// consecutive calendar years (empty ones count as zero), in Goldstein points per year per year, over <see cref="From"/>–<see cref="To"/>.</summary>
/// <param name="Direction">"towards cooperation", "towards conflict", "stable" or "too little data".</param>
/// <param name="FirstHalfMean">Goldstein mean of the events in the first half of the window; null when it has none.</param>
public sealed record DyadTrend(double? SlopePerYear, string Direction, string? From, string? To, double? FirstHalfMean, double? SecondHalfMean);

public sealed record DyadIndexResult(
    ActorScope A, ActorScope B, PeriodUnit By, IReadOnlyList<DyadPeriod> Periods, DyadCell TotalAToB, DyadCell TotalBToA,
    DyadTrend Trend, IReadOnlyList<DyadEvent> Counted, int NotAsserted, int Undated)
{
    public bool IsEmpty => Counted.Count == 0;
}

/// <summary>Cooperation–conflict index of a pair of actors in both directions. Only asserted events count.</summary>
public static class DyadIndex
{
    /// <summary>Slopes smaller than this (Goldstein points per year) read as stable.</summary>
    public const double StableSlope = 0.25;

    public static DyadIndexResult Build(IRelataStore store, DyadQuery query)
    {
        var filter = query.Filter ?? AnalysisFilter.All;
        var between = AnalysisEvents.Load(store, filter with { From = null, To = null }, assertedOnly: false)
            .Select(e => (Event: e, Direction: Direction(e.Event, query.A, query.B)))
            .Where(x => x.Direction is not null)
            .ToList();
        int notAsserted = between.Count(x => !x.Event.Asserted && filter.InPeriod(x.Event.When));
        var asserted = between.Where(x => x.Event.Asserted).ToList();
        int undated = filter.HasPeriod ? 0 : asserted.Count(x => x.Event.When is null);
        var counted = asserted.Where(x => x.Event.When is not null && filter.InPeriod(x.Event.When))
            .OrderBy(x => x.Event, Comparer<DatedEvent>.Create(AnalysisEvents.CompareChronologically))
            .Select(x => new DyadEvent(x.Event, x.Direction!.Value)).ToList();

        var periods = counted
            .GroupBy(x => PeriodBucket.Of(x.Event.When!.Value, query.By))
            .OrderBy(g => g.Key.SortKey)
            .Select(g => new DyadPeriod(g.Key,
                g.Where(x => x.AToB).Aggregate(DyadCell.Empty, (c, x) => c.Add(x.Event.Event.QuadClass, x.Event.Event.Goldstein)),
                g.Where(x => !x.AToB).Aggregate(DyadCell.Empty, (c, x) => c.Add(x.Event.Event.QuadClass, x.Event.Event.Goldstein))))
            .ToList();
        var totalAB = periods.Aggregate(DyadCell.Empty, (c, p) => c.Plus(p.AToB));
        var totalBA = periods.Aggregate(DyadCell.Empty, (c, p) => c.Plus(p.BToA));
        return new DyadIndexResult(query.A, query.B, query.By, periods, totalAB, totalBA, Trend(counted, filter), counted, notAsserted, undated);
    }

    /// <summary>true for A→B, false for B→A, null when the event is not between the two.</summary>
    internal static bool? Direction(EventRecord e, ActorScope a, ActorScope b)
    {
        if (a.Matches(e.SourceId, e.SourceCode) && b.Matches(e.TargetId, e.TargetCode)) return true;
        if (b.Matches(e.SourceId, e.SourceCode) && a.Matches(e.TargetId, e.TargetCode)) return false;
        return null;
    }

    /// <summary>Without a period, the trend looks at this many years up to the last dated event.</summary>
    public const int DefaultTrendYears = 10;

    /// <summary>The trend is always computed on calendar years, whatever the display unit, so year-precise events count.</summary>
    public static DyadTrend Trend(IReadOnlyList<DyadEvent> counted, AnalysisFilter filter)
    {
        const PeriodUnit unit = PeriodUnit.Year;
        var regular = counted.GroupBy(x => PeriodBucket.Of(x.Event.When!.Value, unit)).Where(g => !g.Key.Coarse).OrderBy(g => g.Key.SortKey)
            .Select(g => new DyadPeriod(g.Key, g.Aggregate(DyadCell.Empty, (c, x) => c.Add(x.Event.Event.QuadClass, x.Event.Event.Goldstein)), DyadCell.Empty))
            .ToList();
        if (regular.Count == 0) return new DyadTrend(null, "too little data", null, null, null, null);
        var (windowFrom, windowTo) = filter.Window;
        var last = windowTo == DateOnly.MaxValue ? regular[^1].Period.End : windowTo;
        var first = windowFrom != DateOnly.MinValue ? windowFrom
            : new[] { regular[0].Period.Start, PeriodBucket.Containing(last.AddYears(-DefaultTrendYears).AddDays(1), unit).Start }.Max();
        var sums = regular.Where(p => p.Period.Start >= first && p.Period.End <= last).ToDictionary(p => p.Period.Label, p => p.Both);
        var points = new List<(double X, double Y)>();
        for (var b = PeriodBucket.Containing(first, unit); b.Start <= last; b = PeriodBucket.Containing(b.End.AddDays(1), unit))
            points.Add((b.MidYear, sums.TryGetValue(b.Label, out var cell) ? cell.GoldsteinSum : 0));
        string from = PeriodBucket.Containing(first, unit).Label, to = PeriodBucket.Containing(last, unit).Label;
        var inWindow = regular.Where(p => p.Period.Start >= first && p.Period.End <= last).ToList();
        double mid = (first.DayNumber + last.DayNumber) / 2.0;
        var firstHalf = inWindow.Where(p => p.Period.End.DayNumber <= mid).Aggregate(DyadCell.Empty, (c, p) => c.Plus(p.Both));
        var secondHalf = inWindow.Where(p => p.Period.End.DayNumber > mid).Aggregate(DyadCell.Empty, (c, p) => c.Plus(p.Both));
        if (sums.Count < 2 || points.Count < 3)
            return new DyadTrend(null, "too little data", from, to, firstHalf.GoldsteinMean, secondHalf.GoldsteinMean);
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));
        string direction = slope > StableSlope ? "towards cooperation" : slope < -StableSlope ? "towards conflict" : "stable";
        return new DyadTrend(slope, direction, from, to, firstHalf.GoldsteinMean, secondHalf.GoldsteinMean);
    }
}
