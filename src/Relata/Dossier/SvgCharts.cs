using System.Globalization;
using System.Text;
using Relata.Analysis;

namespace Relata.Dossier;

/// <summary>Inline SVG charts drawn by Relata itself (no scripts, no external files), deterministic for the same input.</summary>
public static class SvgCharts
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#e15759", "#bab0ac", "#ff9da7"];

    /// <summary>Per period: the sum of positive Goldstein scores as a green bar up, of negative ones as a red bar down,
    /// and the net sum as a dot. Coarse periods (dates too vague for a year) are labelled with "~".</summary>
    public static string CooperationConflict(DyadIndexResult dyad)
    {
        const int width = 760, height = 280, left = 48, right = 16, top = 20, bottom = 56;
        var periods = dyad.Periods;
        var cooperation = periods.Select(p => Sum(dyad, p, positive: true)).ToList();
        var conflict = periods.Select(p => Sum(dyad, p, positive: false)).ToList();
        double max = Math.Max(1, Math.Max(cooperation.DefaultIfEmpty(0).Max(), -conflict.DefaultIfEmpty(0).Min()));
        double plotH = height - top - bottom, zero = top + plotH / 2, scale = plotH / 2 / max;
        double band = (width - left - right) / (double)Math.Max(1, periods.Count);
        var sb = Open(width, height, $"Cooperation and conflict between {dyad.A.Name} and {dyad.B.Name}, Goldstein sums by period");
        sb.Append($"<line x1=\"{left}\" y1=\"{F(zero)}\" x2=\"{width - right}\" y2=\"{F(zero)}\" stroke=\"#555\"/>");
        sb.Append($"<text x=\"4\" y=\"{F(top + 10)}\" class=\"axis\">+{F(max)}</text><text x=\"4\" y=\"{F(height - bottom)}\" class=\"axis\">−{F(max)}</text>");
        for (int i = 0; i < periods.Count; i++)
        {
            double x = left + i * band, w = Math.Max(2, band * 0.6), cx = x + band / 2;
            if (cooperation[i] > 0)
                sb.Append($"<rect x=\"{F(cx - w / 2)}\" y=\"{F(zero - cooperation[i] * scale)}\" width=\"{F(w)}\" height=\"{F(cooperation[i] * scale)}\" fill=\"#59a14f\"><title>{TextEscape.Html(periods[i].Period.Label)}: cooperation +{F(cooperation[i])}</title></rect>");
            if (conflict[i] < 0)
                sb.Append($"<rect x=\"{F(cx - w / 2)}\" y=\"{F(zero)}\" width=\"{F(w)}\" height=\"{F(-conflict[i] * scale)}\" fill=\"#e15759\"><title>{TextEscape.Html(periods[i].Period.Label)}: conflict {F(conflict[i])}</title></rect>");
            double net = cooperation[i] + conflict[i];
            sb.Append($"<circle cx=\"{F(cx)}\" cy=\"{F(zero - net * scale)}\" r=\"3.5\" fill=\"#222\"><title>net {F(net)}</title></circle>");
            string label = (periods[i].Period.Coarse ? "~" : "") + periods[i].Period.Label;
            sb.Append($"<text x=\"{F(cx)}\" y=\"{height - bottom + 14}\" class=\"axis\" text-anchor=\"end\" transform=\"rotate(-45 {F(cx)} {height - bottom + 14})\">{TextEscape.Html(label)}</text>");
        }
        sb.Append($"<g class=\"legend\"><rect x=\"{width - 250}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#59a14f\"/><text x=\"{width - 236}\" y=\"13\">cooperation</text>");
        sb.Append($"<rect x=\"{width - 160}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#e15759\"/><text x=\"{width - 146}\" y=\"13\">conflict</text>");
        sb.Append($"<circle cx=\"{width - 70}\" cy=\"9\" r=\"3.5\" fill=\"#222\"/><text x=\"{width - 62}\" y=\"13\">net</text></g>");
        return Close(sb);
    }

    /// <summary>Actors on a circle, grouped by community; arrows from source to target, wider with more events,
    /// green when cooperative on average and red when conflictual.</summary>
    public static string Network(ActorNetworkResult network)
    {
        const int width = 760, height = 520;
        double cx = width / 2.0, cy = height / 2.0, radius = Math.Min(width, height) / 2.0 - 90;
        var nodes = network.Nodes.OrderBy(n => n.Community).ThenByDescending(n => n.WeightedIn + n.WeightedOut).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var position = new Dictionary<string, (double X, double Y, double R)>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.Max(1, nodes.Count);
            double r = 6 + 3 * Math.Sqrt(nodes[i].WeightedIn + nodes[i].WeightedOut);
            position[nodes[i].Id] = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle), r);
        }
        var sb = Open(width, height, "Network of actor interactions");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker></defs>");
        foreach (var e in network.Edges)
        {
            var (x1, y1, r1) = position[e.Source];
            var (x2, y2, r2) = position[e.Target];
            double dx = x2 - x1, dy = y2 - y1, len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            // Offset each direction sideways so A→B and B→A do not overlap.
            double ox = -dy / len * 3, oy = dx / len * 3;
            string colour = e.GoldsteinMean > 0 ? "#59a14f" : e.GoldsteinMean < 0 ? "#e15759" : "#888";
            sb.Append($"<line x1=\"{F(x1 + dx / len * r1 + ox)}\" y1=\"{F(y1 + dy / len * r1 + oy)}\" x2=\"{F(x2 - dx / len * (r2 + 2) + ox)}\" y2=\"{F(y2 - dy / len * (r2 + 2) + oy)}\" stroke=\"{colour}\" stroke-width=\"{F(1 + Math.Log2(e.Weight))}\" marker-end=\"url(#arrow)\" opacity=\"0.8\"><title>{TextEscape.Html($"{e.Source} → {e.Target}: {e.Weight} events, mean Goldstein {F(e.GoldsteinMean)}")}</title></line>");
        }
        foreach (var n in nodes)
        {
            var (x, y, r) = position[n.Id];
            bool leftSide = x < cx - 1;
            sb.Append($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"{Palette[n.Community % Palette.Length]}\" stroke=\"#333\"><title>{TextEscape.Html($"{n.Name}: {n.WeightedOut} events out, {n.WeightedIn} in, betweenness {n.Betweenness.ToString("0.000", CultureInfo.InvariantCulture)}")}</title></circle>");
            sb.Append($"<text x=\"{F(x + (leftSide ? -(r + 4) : r + 4))}\" y=\"{F(y + 4)}\" text-anchor=\"{(leftSide ? "end" : "start")}\" class=\"label\">{TextEscape.Html(n.Name)}</text>");
        }
        return Close(sb);
    }

    /// <summary>Dated events as marks over time: a day is a tick, a month or a year a bar across its whole span,
    /// so imprecise dates are never drawn as days. Solid when asserted, hollow otherwise; colour by quad class.</summary>
    public static string Timeline(IReadOnlyList<TimelineEntry> entries, int maxYears = 30)
    {
        const int width = 760, left = 20, right = 20, lane = 12, top = 24;
        var dated = entries.ToList();
        if (dated.Count == 0) return "";
        var end = dated.Max(e => e.End);
        var earliest = dated.Min(e => e.Start);
        var start = earliest < end.AddYears(-maxYears) ? new DateOnly(end.Year - maxYears, 1, 1) : new DateOnly(earliest.Year, 1, 1);
        var shown = dated.Where(e => e.Start >= start).ToList();
        double days = Math.Max(1, end.DayNumber - start.DayNumber + 1), plotW = width - left - right;
        double X(DateOnly d) => left + (d.DayNumber - start.DayNumber) / days * plotW;
        var laneEnds = new List<double>();
        var placed = new List<(TimelineEntry Entry, int Lane, double X1, double X2)>();
        foreach (var e in shown.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            double x1 = X(e.Start), x2 = Math.Max(x1 + 3, X(e.End.AddDays(1)));
            int l = laneEnds.FindIndex(x => x + 2 <= x1);
            if (l < 0) { laneEnds.Add(x2); l = laneEnds.Count - 1; } else laneEnds[l] = x2;
            placed.Add((e, l, x1, x2));
        }
        int height = top + laneEnds.Count * lane + 30;
        var sb = Open(width, height, "Timeline of reported events; bars span the whole period an imprecise date denotes");
        for (int y = start.Year; y <= end.Year; y++)
        {
            int step = end.Year - start.Year > 20 ? 5 : 1;
            if ((y - start.Year) % step != 0) continue;
            double x = X(new DateOnly(y, 1, 1));
            sb.Append($"<line x1=\"{F(x)}\" y1=\"{top - 4}\" x2=\"{F(x)}\" y2=\"{height - 24}\" stroke=\"#ddd\"/><text x=\"{F(x)}\" y=\"{height - 10}\" class=\"axis\" text-anchor=\"middle\">{y}</text>");
        }
        foreach (var (e, l, x1, x2) in placed)
        {
            string colour = e.Event.Event.QuadClass switch { 1 => "#76b7b2", 2 => "#59a14f", 3 => "#f28e2b", _ => "#e15759" };
            bool asserted = e.Event.Event.Modality == "asserted";
            sb.Append($"<rect x=\"{F(x1)}\" y=\"{top + l * lane}\" width=\"{F(x2 - x1)}\" height=\"{lane - 3}\" rx=\"2\" fill=\"{(asserted ? colour : "none")}\" stroke=\"{colour}\"><title>{TextEscape.Html($"{e.Date} ({e.Precision}, {e.Event.Event.Modality}): {e.Event.Event.SourceName ?? "—"} — {e.Event.Event.CameoName} — {e.Event.Event.TargetName ?? "—"}")}</title></rect>");
        }
        if (dated.Count > shown.Count)
            sb.Append($"<text x=\"{left}\" y=\"10\" class=\"axis\">{dated.Count - shown.Count} earlier event(s) before {start.Year} are in the table only</text>");
        return Close(sb);
    }

    private static double Sum(DyadIndexResult dyad, DyadPeriod p, bool positive) => dyad.Counted
        .Where(c => PeriodBucket.Of(c.Event.When!.Value, dyad.By) == p.Period)
        .Select(c => c.Event.Event.Goldstein).Where(g => positive ? g > 0 : g < 0).Sum();

    private static StringBuilder Open(int width, int height, string title) => new StringBuilder()
        .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{TextEscape.Html(title)}\">")
        .Append($"<title>{TextEscape.Html(title)}</title>");

    private static string Close(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
