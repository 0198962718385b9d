using Relata.Claims.Propositions;
using Relata.Tests.Support;
using Xunit.Abstractions;

namespace Relata.Tests.Claims.Propositions;

/// <summary>General properties over the seed articles beside the checkout (skipped when they are absent).</summary>
public sealed class SeedPropositionTests(ITestOutputHelper output)
{
    [Fact]
    public void Recognition_claims_across_seeds_share_one_key_with_several_stances()
    {
        if (TestPaths.SeedsDirectory is not { } dir) return;
        var observations = new List<PropositionObservation>();
        foreach (string file in Directory.EnumerateFiles(dir, "*.txt").Order())
        {
            string text = File.ReadAllText(file);
            var analysis = PropositionTestPipeline.Pipeline.Run(TestDocuments.Text(Path.GetFileName(file), text));
            foreach (var o in PropositionObservations.From(analysis))
            {
                var p = o.Proposition;
                output.WriteLine($"{o.DocumentId} {o.Date} {p.ClaimId ?? "s" + p.Sentence} {p.Key} {p.Stance.Wire()} {p.Temporal.Wire()} [{o.Speaker}] {analysis.Sentences[p.Sentence].Text}");
                if (p.TriggerSpan is { } t) Assert.Equal(p.Trigger, t.Slice(text));
                foreach (var m in p.Markers) Assert.Equal(m.Text, m.Span.Slice(text));
                observations.Add(o);
            }
        }

        var groups = PropositionTracker.Group(observations);
        var recognition = groups.Where(g => g.Key.StartsWith("RUS:recognise:", StringComparison.Ordinal)).ToList();
        foreach (var g in recognition)
            output.WriteLine($"{g.Key}: {g.Observations.Count} claims, {g.PositionChanges.Count} changes, {g.Contradictions.Count} contradictions");
        var main = Assert.Single(recognition, g => g.Key == "RUS:recognise:grp.taliban");
        Assert.True(main.Observations.Select(o => o.DocumentId).Distinct().Count() > 1, "recognition claims come from several documents");
        Assert.True(main.Observations.Select(o => o.Proposition.Stance).Distinct().Count() > 1, "more than one stance represented");
    }
}
