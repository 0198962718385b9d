using System.CommandLine;
using Relata.Analysis;
using Spectre.Console;

namespace Relata.Cli.Commands;

internal static class DyadCommand
{
    public static Command Create()
    {
        var o = new AnalysisOptions();
        var a = new Argument<string>("a") { Description = "First actor (name, code or id)." };
        var b = new Argument<string>("b") { Description = "Second actor." };
        var by = new Option<string>("--by") { Description = "Period: month, quarter or year.", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("month", "quarter", "year");
        var command = new Command("dyad", "Cooperation–conflict index of two actors in both directions, by period (asserted events only).") { a, b, by };
        o.AddTo(command);
        command.SetAction(parse => o.Run(parse, (store, kb) =>
        {
            if (AnalysisOptions.Resolve(kb, store, parse.GetValue(a)!) is not { } sa) return ExitCodes.Usage;
            if (AnalysisOptions.Resolve(kb, store, parse.GetValue(b)!) is not { } sb) return ExitCodes.Usage;
            var filter = o.Filter(parse);
            var result = DyadIndex.Build(store, new DyadQuery(sa, sb, PeriodBucket.ParseUnit(parse.GetValue(by)), filter));
            if (parse.GetValue(o.Json))
            {
                Output.Json(new
                {
                    a = new { sa.Id, sa.Name }, b = new { sb.Id, sb.Name }, by = result.By,
                    periods = result.Periods.Select(p => new { period = p.Period.Label, start = p.Period.Start, end = p.Period.End, coarse = p.Period.Coarse,
                        a_to_b = Cell(p.AToB), b_to_a = Cell(p.BToA), both = Cell(p.Both) }),
                    total_a_to_b = Cell(result.TotalAToB), total_b_to_a = Cell(result.TotalBToA), trend = result.Trend,
                    not_asserted = result.NotAsserted, undated = result.Undated,
                    events = result.Counted.Select(c => new { a_to_b = c.AToB, c.Event.Event }),
                });
                return ExitCodes.Success;
            }
            if (result.IsEmpty) return AnalysisOptions.Nothing($"asserted events between {sa.Name} and {sb.Name}", filter);
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("period", "direction", "events", "verbal coop", "material coop", "verbal conflict", "material conflict", "Goldstein sum", "mean", "net coop");
            foreach (var p in result.Periods)
            {
                string label = p.Period.Label + (p.Period.Coarse ? " (coarse)" : "");
                if (p.AToB.Events > 0) AddRow(table, label, $"{sa.Name} → {sb.Name}", p.AToB);
                if (p.BToA.Events > 0) AddRow(table, p.AToB.Events > 0 ? "" : label, $"{sb.Name} → {sa.Name}", p.BToA);
            }
            AddRow(table, "total", $"{sa.Name} → {sb.Name}", result.TotalAToB);
            AddRow(table, "", $"{sb.Name} → {sa.Name}", result.TotalBToA);
            Output.Console2.Write(table);
            var t = result.Trend;
            Console.Out.WriteLine($"Trend {t.From}–{t.To}: {t.Direction}" + (t.SlopePerYear is { } s ? $" (yearly Goldstein sum {AnalysisOptions.Signed(s)} a year; mean {AnalysisOptions.Signed(t.FirstHalfMean)} in the first half, {AnalysisOptions.Signed(t.SecondHalfMean)} in the second)" : "")
                + $". Left out: {result.NotAsserted} planned, negated or alleged; {result.Undated} undated.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static object Cell(DyadCell c) => new
    {
        events = c.Events, verbal_cooperation = c.VerbalCooperation, material_cooperation = c.MaterialCooperation, verbal_conflict = c.VerbalConflict,
        material_conflict = c.MaterialConflict, goldstein_sum = Math.Round(c.GoldsteinSum, 3), goldstein_mean = c.GoldsteinMean is { } m ? Math.Round(m, 3) : (double?)null,
        net_cooperation = c.NetCooperation is { } n ? Math.Round(n, 3) : (double?)null,
    };

    private static void AddRow(Table table, string period, string direction, DyadCell c) =>
        table.AddRow(Markup.Escape(period), Markup.Escape(direction), c.Events.ToString(), c.VerbalCooperation.ToString(), c.MaterialCooperation.ToString(),
            c.VerbalConflict.ToString(), c.MaterialConflict.ToString(), AnalysisOptions.Number(c.GoldsteinSum, "0.0"), AnalysisOptions.Signed(c.GoldsteinMean),
            AnalysisOptions.Signed(c.NetCooperation));
}
