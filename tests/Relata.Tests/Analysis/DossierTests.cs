using System.Text.RegularExpressions;
using Relata.Analysis;
using Relata.Dossier;
using Relata.Tests.Support;

namespace Relata.Tests.Analysis;

public sealed partial class DossierTests
{
    private static readonly ActorScope North = new("NOR", "Northland", ["per.north-minister"], "NOR");
    private static readonly ActorScope South = new("SOU", "Southland", ["grp.river-council"], "SOU");

    /// <summary>Two short reports on two invented neighbours, written for this test.</summary>
    internal static MemoryStore Store()
    {
        var s = new MemoryStore()
            .Document("alpha", "Northland opens the river route", "2023-06-10", author: "A. Fieldwriter")
            .Document("beta", "Southland & the <border> question", "2024-02", Relata.Documents.DatePrecision.Month);

        var a1 = s.Sentence("alpha", 1, "In March 2021 Northland criticised Southland over the dam project.");
        var a2 = s.Sentence("alpha", 2, "On 4 May 2022 the Northland foreign minister signed a river transit accord in the southern capital.");
        var a3 = s.Sentence("alpha", 3, "Smugglers of the Red Hand network move opium along the same river, officials in both capitals say.");
        var a4 = s.Sentence("alpha", 4, "Northland exported 40,000 tons of grain to Southland in 2021.");
        var b1 = s.Sentence("beta", 1, "The River Council, which now governs Southland, hosted a Northland trade mission in 2023.");
        var b2 = s.Sentence("beta", 2, "Northland has recognised the River Council, the minister said.");
        var b3 = s.Sentence("beta", 3, "Critics say formal recognition of the council is still far off.");
        var b4 = s.Sentence("beta", 4, "Red Hand fighters attacked a Northland convoy near the border <again>.");

        s.Event("NOR:Northland", "SOU:Southland", "111", -2, 3, "2021-03", a1);
        s.Event("per.north-minister:Foreign minister of Northland", "SOU:Southland", "057", 8, 2, "2022-05-04", a2);
        s.Event("grp.river-council:River Council", "NOR:Northland", "043", 2.8, 1, "2023", b1);
        s.Event("grp.red-hand:Red Hand", "NOR:Northland", "190", -10, 4, "2024-01", b4);
        s.Event("NOR:Northland", "SOU:Southland", "054", 3.4, 1, "2024-03", b3, modality: "hypothetical");

        s.Topic("alpha", 1, "diplomacy").Topic("alpha", 2, "transit", "diplomacy").Topic("alpha", 3, "narcotics", "security")
            .Topic("alpha", 4, "trade").Topic("beta", 1, "trade").Topic("beta", 2, "diplomacy").Topic("beta", 3, "diplomacy").Topic("beta", 4, "security");
        foreach (var (e, ids) in new[] { (a1, "NOR SOU"), (a2, "NOR SOU"), (a3, "grp.red-hand"), (a4, "NOR SOU"), (b1, "grp.river-council NOR"),
                     (b2, "NOR grp.river-council"), (b3, ""), (b4, "grp.red-hand NOR") })
            foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                s.Mention(id, id switch { "NOR" => "Northland", "SOU" => "Southland", "grp.red-hand" => "Red Hand", _ => "River Council" }, e,
                    id == "grp.red-hand" ? "armed_group" : "state");

        const string key = "NOR:recognise:grp.river-council";
        s.Claim("per.north-minister", "The minister", "Northland has recognised the River Council", "2024-02", key, "Northland recognises River Council",
            "for", "past", b2);
        s.Claim("per.critic", "Critics", "recognition of the council was still far off", "2023-06-10", key, "Northland recognises River Council",
            "hedged", "present", s.Sentence("alpha", 5, "Critics in the north said recognition of the council was still far off."));
        s.Figure("40,000 tons", 40000, "t", "mass", "grain exports", "2021", a4, """[{"text":"Northland","id":"NOR"},{"text":"Southland","id":"SOU"}]""");
        return s;
    }

    private static readonly ActorRollUp RollUp = new(new Dictionary<string, string> { ["per.north-minister"] = "NOR" },
        new Dictionary<string, string> { ["NOR"] = "Northland", ["SOU"] = "Southland" });

    private static Dossier.Dossier Build(AnalysisFilter? filter = null) => DossierBuilder.Build(Store(), new DossierQuery(North, South, filter, RollUp));

    [Fact]
    public void The_markdown_dossier_matches_its_approved_snapshot() => Snapshot.Verify("Analysis", "Dossier", "md", DossierMarkdown.Render(Build()));

    [Fact]
    public void The_html_dossier_matches_its_approved_snapshot() => Snapshot.Verify("Analysis", "Dossier", "html", DossierHtml.Render(Build()));

    [Fact]
    public void Every_citation_in_the_html_links_to_a_numbered_source_sentence()
    {
        string html = DossierHtml.Render(Build());

        var links = CiteLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        var targets = SourceTarget().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l, targets));
        Assert.Equal(targets.Count, links.Count);
    }

    [Fact]
    public void The_html_is_self_contained_and_escapes_document_text()
    {
        string html = DossierHtml.Render(Build());

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("<border>", html);
        Assert.DoesNotContain("<again>", html);
        Assert.Contains("Southland &amp; the &lt;border&gt; question", html);
        Assert.Equal(3, Regex.Matches(html, "<svg ").Count);
        foreach (var (id, _) in DossierLayout.Sections) Assert.Contains($"<section id=\"{id}\">", html);
    }

    [Fact]
    public void The_summary_shows_the_trend_instruments_figures_propositions_and_threats_each_with_evidence()
    {
        var d = Build();

        Assert.Contains(d.Summary, s => s.Text.Contains("towards cooperation") || s.Text.Contains("too few"));
        Assert.Contains(d.Summary, s => s.Text.StartsWith("Northland's instruments towards Southland") && s.Text.Contains("transit"));
        Assert.Contains(d.Summary, s => s.Text.Contains("40,000 tons") && s.Evidence.Count == 1);
        Assert.Contains(d.Summary, s => s.Text.Contains("Northland recognises River Council") && s.Text.Contains("Sources disagree"));
        var threats = Assert.Single(d.Summary, s => s.Text.StartsWith("Perceived threats"));
        Assert.Contains("Red Hand", threats.Text);
        Assert.All(d.Summary.Skip(1), s => Assert.NotEmpty(s.Evidence));
    }

    [Fact]
    public void A_year_precise_event_is_not_drawn_as_a_day_in_the_timeline()
    {
        var d = Build();

        var council = d.Timeline.Entries.Single(e => e.Date == "2023");
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (council.Start, council.End));
    }

    [Fact]
    public void A_period_without_facts_gives_an_empty_dossier()
    {
        Assert.True(Build(new AnalysisFilter("2030", "2031")).IsEmpty);
        Assert.False(Build().IsEmpty);
    }

    [GeneratedRegex("href=\"#(ev-\\d+)\"")]
    private static partial Regex CiteLink();

    [GeneratedRegex("class=\"source\" id=\"(ev-\\d+)\"")]
    private static partial Regex SourceTarget();
}
