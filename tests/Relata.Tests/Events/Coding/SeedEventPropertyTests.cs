using Relata.Events.Coding;
using Relata.Tests.Support;
using Xunit.Abstractions;

namespace Relata.Tests.Events.Coding;

/// <summary>General properties of the events coded from the seed articles beside the checkout (skipped when absent).</summary>
public sealed class SeedEventPropertyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        if (TestPaths.SeedsDirectory is { } dir)
            foreach (var f in Directory.EnumerateFiles(dir, "*.txt").Order()) data.Add(Path.GetFileName(f));
        else data.Add("");
        return data;
    }

    private static List<(string Seed, string Text, List<CodedEvent> Events)> AllSeeds()
    {
        var all = new List<(string, string, List<CodedEvent>)>();
        if (TestPaths.SeedsDirectory is not { } dir) return all;
        foreach (var f in Directory.EnumerateFiles(dir, "*.txt").Order())
        {
            string text = File.ReadAllText(f);
            all.Add((Path.GetFileName(f), text, EventSpecTests.Pipeline.Run(TestDocuments.Text(Path.GetFileName(f), text)).Events));
        }
        return all;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_yields_well_formed_events(string seed)
    {
        if (seed.Length == 0 || TestPaths.SeedsDirectory is not { } dir) return;
        string text = File.ReadAllText(Path.Combine(dir, seed));
        var events = EventSpecTests.Pipeline.Run(TestDocuments.Text(seed, text)).Events;
        foreach (var e in events)
            output.WriteLine($"{e.Id} s{e.Evidence.Sentence} {EventSpecTests.Describe(e)} :: {e.TriggerSpan.Slice(text)} || {e.Evidence.Text}");

        Assert.NotEmpty(events);
        Assert.Equal(events.Select((_, i) => "e" + (i + 1)), events.Select(e => e.Id));
        foreach (var e in events)
        {
            Assert.Equal(e.Evidence.Text, text[e.Evidence.Start..e.Evidence.End]);
            Assert.True(e.TriggerSpan.Start >= e.Evidence.Start && e.TriggerSpan.End <= e.Evidence.End, e.Id);
            Assert.InRange(e.Confidence, 0.0, 1.0);
            Assert.InRange(e.Goldstein, -10.0, 10.0);
            if (e.Date is { } d) Assert.Contains(d.From, new[] { "sentence", "context", "document" });
            if (e.Source is { } s) Assert.False(string.IsNullOrEmpty(s.Name));
            if (e.Source is { Id: { } sid } && e.Target is { Id: { } tid }) Assert.NotEqual(sid, tid);
        }
    }

    [Fact]
    public void Seeds_report_the_court_delisting_and_the_envoy_visit_as_facts()
    {
        var all = AllSeeds();
        if (all.Count == 0) return;
        var events = all.SelectMany(s => s.Events).ToList();

        Assert.Contains(events, e => e.Cameo.StartsWith("081", StringComparison.Ordinal) && e.Modality == EventModality.Asserted
            && e.Target?.Id == "grp.taliban" && (e.Source?.Country == "RUS" || e.Source?.Id == "RUS")
            && e.Date?.Value.StartsWith("2025-04", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Cameo == "042" && e.Modality == EventModality.Asserted
            && e.Source?.Name.Contains("Kabulov", StringComparison.Ordinal) == true && e.Date?.Value == "2025-04-22");
    }

    [Fact]
    public void Seed_predictions_and_possibilities_are_not_asserted()
    {
        foreach (var (_, text, events) in AllSeeds())
        {
            foreach (var e in events)
            {
                string before = text[e.Evidence.Start..e.TriggerSpan.Start];
                string after = text[e.TriggerSpan.End..e.Evidence.End];
                bool hedgedNominal = e.Nominal && (after.Contains(" might ", StringComparison.Ordinal) || after.Contains(" may ", StringComparison.Ordinal));
                bool hedgedVerb = before.EndsWith(" might ", StringComparison.Ordinal) || before.EndsWith(" could ", StringComparison.Ordinal)
                                  || before.EndsWith(" will ", StringComparison.Ordinal) || before.EndsWith(" would ", StringComparison.Ordinal);
                if (hedgedNominal || hedgedVerb)
                    Assert.True(e.Modality != EventModality.Asserted, $"{EventSpecTests.Describe(e)} in: {e.Evidence.Text}");
            }
        }
    }
}
