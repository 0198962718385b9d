using System.Globalization;
using Relata.Analysis;
using Relata.Store;

namespace Relata.Dossier;

/// <summary>Lays a dossier out as blocks, section by section, in the order the issue asks for.</summary>
public static class DossierLayout
{
    public static readonly IReadOnlyList<(string Id, string Title)> Sections =
    [
        ("summary", "Summary"), ("timeline", "Timeline"), ("cooperation-conflict", "Cooperation and conflict"), ("network", "Network"),
        ("instruments", "Instruments"), ("figures", "Figures"), ("claims", "Claims and their evolution"), ("threats", "Perceived threats"),
        ("sources", "Sources"),
    ];

    public static List<Block> Build(Dossier d)
    {
        var blocks = new List<Block>();
        Summary(d, blocks);
        TimelineSection(d, blocks);
        Cooperation(d, blocks);
        NetworkSection(d, blocks);
        InstrumentsSection(d, blocks);
        FiguresSection(d, blocks);
        Claims(d, blocks);
        Threats(d, blocks);
        SourcesSection(d, blocks);
        return blocks;
    }

    private static HeadingBlock Heading(string id) => new(2, Sections.First(s => s.Id == id).Title, id);

    private static IReadOnlyList<Inline> Cites(Dossier d, IEnumerable<EvidenceRef> evidence)
    {
        var b = new InlineBuilder();
        foreach (var e in evidence.DistinctBy(e => (e.DocumentId, e.Sentence))) b.Cite(d.Cite(e));
        return b.Build();
    }

    private static IReadOnlyList<Inline> Cell(string text) => InlineBuilder.Of(text);

    private static void Summary(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("summary"));
        blocks.Add(new BulletsBlock([.. d.Summary.Select(s => (IReadOnlyList<Inline>)[new TextRun(s.Text), .. Cites(d, s.Evidence)])]));
    }

    private static void TimelineSection(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("timeline"));
        if (d.Timeline.IsEmpty) { blocks.Add(new ParagraphBlock(InlineBuilder.Of($"No events between {d.A.Name} and {d.B.Name} are reported for this period."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of("Events between the two sides in date order. A date is shown at the precision the source gives it "
            + "(a year-precise event is never placed on a day); modality tells whether the source reports the event as having happened.")));
        if (d.Timeline.Entries.Count > 0)
            blocks.Add(new SvgBlock(SvgCharts.Timeline(d.Timeline.Entries), "Reported events over time; bars span the period an imprecise date denotes."));
        var rows = d.Timeline.Entries.Select(e => Row(d, e.Date, e.Precision, e.Event))
            .Concat(d.Timeline.Undated.Select(u => Row(d, "undated", "", u))).ToList();
        blocks.Add(new TableBlock(["date", "precision", "who", "did what", "to whom", "modality", "reports", "evidence"], rows));
    }

    private static IReadOnlyList<IReadOnlyList<Inline>> Row(Dossier d, string date, string precision, ReportedEvent r)
    {
        var e = r.Event;
        return [Cell(date), Cell(precision), Cell(e.SourceName ?? "—"), Cell($"{e.CameoName} ({e.Cameo})"), Cell(e.TargetName ?? "—"), Cell(e.Modality),
            Cell($"{r.EvidenceCount} in {r.DocumentCount} document{(r.DocumentCount == 1 ? "" : "s")}"), Cites(d, r.Evidence)];
    }

    private static void Cooperation(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("cooperation-conflict"));
        var dyad = d.Dyad;
        if (dyad.IsEmpty) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No dated events reported as having happened between the two sides in this period."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of($"Only events reported as having happened count ({dyad.NotAsserted} planned, negated or alleged events "
            + $"and {dyad.Undated} undated ones are left out). Goldstein scores run from −10 (most conflictual) to +10 (most cooperative). "
            + $"Trend {dyad.Trend.From}–{dyad.Trend.To}: {dyad.Trend.Direction}.")));
        blocks.Add(new SvgBlock(SvgCharts.CooperationConflict(dyad), "Goldstein sums by year: cooperation up, conflict down, net as a dot."));
        var rows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        foreach (var p in dyad.Periods)
            foreach (var (direction, cell, aToB) in new[] { ($"{d.A.Name} → {d.B.Name}", p.AToB, true), ($"{d.B.Name} → {d.A.Name}", p.BToA, false) })
            {
                if (cell.Events == 0) continue;
                var evidence = dyad.Counted.Where(c => c.AToB == aToB && PeriodBucket.Of(c.Event.When!.Value, dyad.By) == p.Period).Select(c => c.Event.Event.Evidence);
                rows.Add([Cell(p.Period.Label + (p.Period.Coarse ? " (date vaguer than a year)" : "")), Cell(direction), Cell(I(cell.Events)),
                    Cell($"{cell.VerbalCooperation} / {cell.MaterialCooperation}"), Cell($"{cell.VerbalConflict} / {cell.MaterialConflict}"),
                    Cell(N(cell.GoldsteinSum)), Cell(N(cell.GoldsteinMean)), Cites(d, evidence)]);
            }
        blocks.Add(new TableBlock(["period", "direction", "events", "cooperation verbal / material", "conflict verbal / material", "Goldstein sum", "mean", "evidence"], rows));
    }

    private static void NetworkSection(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("network"));
        var n = d.Network;
        if (n.IsEmpty) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No interactions between linked actors involving either side in this period."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of("Who acts towards whom, among events reported as having happened that involve either side. Officials are counted "
            + "with their state. Betweenness (Brandes) shows who links others; communities (Louvain) group actors that interact most with each other "
            + $"(modularity {N(n.Modularity)}).")));
        blocks.Add(new SvgBlock(SvgCharts.Network(n), "Arrows from actor to target; width grows with the number of events; green cooperative, red conflictual on average."));
        blocks.Add(new TableBlock(["actor", "events out", "events in", "betweenness", "community"],
            [.. n.Nodes.Select(x => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(x.Name), Cell(I(x.WeightedOut)), Cell(I(x.WeightedIn)), Cell(N(x.Betweenness, "0.000")), Cell(I(x.Community + 1))])]));
        var names = n.Nodes.ToDictionary(x => x.Id, x => x.Name);
        blocks.Add(new TableBlock(["from", "to", "events", "mean Goldstein", "first", "last", "evidence"],
            [.. n.Edges.Select(e => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(names[e.Source]), Cell(names[e.Target]), Cell(I(e.Weight)), Cell(N(e.GoldsteinMean)),
                Cell(e.First ?? "—"), Cell(e.Last ?? "—"), Cites(d, [e.Evidence[0]])])]));
    }

    private static void InstrumentsSection(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("instruments"));
        var m = d.Instruments;
        if (m.IsEmpty) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No instruments found: no events, claims or sentences in a policy area link the two sides."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of("Policy areas each side uses towards the other: events it carried out (e), claims about its positions (c) and other "
            + "sentences naming both (s), with the strongest evidence of each cell.")));
        blocks.Add(new TableBlock(["area", .. m.Actors.Select(a => $"{a.Name} → {(a.Id == d.A.Id ? d.B.Name : d.A.Name)}")],
            [.. m.Topics.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(DossierSummary.Area(t)), .. m.Actors.Select(a => m.Cell(a.Id, t) is { } c
                ? (IReadOnlyList<Inline>)[new TextRun($"{c.Count} ({c.Events}e {c.Claims}c {c.Sentences}s): {c.Strongest.Summary}"), new CiteRun(d.Cite(c.Strongest.Evidence))]
                : Cell("—"))])]));
    }

    private static void FiguresSection(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("figures"));
        if (d.Figures.Count == 0) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No figures about either side in this period."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of("Quantities about either side by measure, in period order (small counts such as \"two strategies\" left out).")));
        blocks.Add(new TableBlock(["measure", "figure", "value", "for period", "reported", "evidence"],
            [.. d.Figures.SelectMany(m => m.Points.Select(p => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(m.Measure), Cell(p.Text),
                Cell($"{N(p.Value, "#,##0.##")} {p.Unit}{(p.Approximate ? " (approx.)" : "")}"), Cell(p.Period ?? "—"), Cell(p.AsOf ?? "—"), Cites(d, [p.Evidence])]))]));
    }

    private static void Claims(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("claims"));
        if (d.Propositions.Count == 0) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No claims about either side in this period."))); return; }
        blocks.Add(new ParagraphBlock(InlineBuilder.Of("The main propositions about the two sides, each with who said what, when and where. Changes of position "
            + "and contradictions between sources are flagged.")));
        foreach (var p in d.Propositions)
        {
            blocks.Add(new HeadingBlock(3, p.Label, "prop-" + Slug(p.Key)));
            blocks.Add(new TableBlock(["date", "who", "position", "what was said", "source", "evidence"],
                [.. p.Claims.Select(c => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(c.Date ?? "undated"), Cell(c.Speaker + (c.AuthorStatement ? " (author)" : "")),
                    Cell(DossierSummary.Stance(c)), Cell(c.Text), Cell(c.Source), Cites(d, [c.Evidence])])]));
            var flags = new List<IReadOnlyList<Inline>>();
            foreach (var s in p.Changes)
                flags.Add(new InlineBuilder().Strong("Change of position: ").Text($"{s.To.Speaker} went from \"{DossierSummary.Stance(s.From)}\" ({s.From.Date}) to \"{DossierSummary.Stance(s.To)}\" ({s.To.Date})")
                    .Cite(d.Cite(s.From.Evidence)).Cite(d.Cite(s.To.Evidence)).Build());
            foreach (var c in p.Contradictions)
                flags.Add(new InlineBuilder().Strong("Sources disagree: ").Text($"{c.For.Speaker} ({c.For.Date}, {DossierSummary.Stance(c.For)}) against {c.Opposed.Speaker} ({c.Opposed.Date}, {DossierSummary.Stance(c.Opposed)})")
                    .Cite(d.Cite(c.For.Evidence)).Cite(d.Cite(c.Opposed.Evidence)).Build());
            if (flags.Count > 0) blocks.Add(new BulletsBlock(flags));
        }
    }

    private static void Threats(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("threats"));
        var areas = d.Threats.Where(t => t.Sentences > 0 || t.Actors.Count > 0).ToList();
        if (areas.Count == 0) { blocks.Add(new ParagraphBlock(InlineBuilder.Of("No security, narcotics or terrorism sentences name either side in this period."))); return; }
        foreach (var area in areas)
        {
            blocks.Add(new HeadingBlock(3, char.ToUpperInvariant(area.Topic[0]) + DossierSummary.Area(area.Topic)[1..], "threat-" + area.Topic));
            if (area.Actors.Count > 0)
                blocks.Add(new TableBlock(["actor seen as a threat", "sentences in this area", "conflict events against either side", "evidence"],
                    [.. area.Actors.Select(x => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(x.Name), Cell(I(x.Sentences)), Cell(I(x.ConflictEvents)), Cites(d, x.Examples)])]));
            if (area.KeySentences.Count > 0)
                blocks.Add(new BulletsBlock([.. area.KeySentences.Select(e => (IReadOnlyList<Inline>)[new TextRun(e.SentenceText), new CiteRun(d.Cite(e))])]));
        }
    }

    private static void SourcesSection(Dossier d, List<Block> blocks)
    {
        blocks.Add(Heading("sources"));
        foreach (var s in d.Sources)
        {
            blocks.Add(new HeadingBlock(3, s.Title, "doc-" + Slug(s.DocumentId)));
            var meta = new[] { s.Author, s.Outlet, s.Date, s.Url, $"document {s.DocumentId}" }.Where(x => !string.IsNullOrEmpty(x));
            blocks.Add(new ParagraphBlock(InlineBuilder.Of(string.Join(" · ", meta!))));
            foreach (var c in s.Citations)
                blocks.Add(new SourceEntryBlock(c, $"{c.Evidence.DocumentId}#{c.Evidence.Sentence}, characters {c.Evidence.Start}–{c.Evidence.End}"));
        }
    }

    public static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string N(double? v, string format = "0.0") => v is null ? "—" : v.Value.ToString(format, CultureInfo.InvariantCulture);
}
