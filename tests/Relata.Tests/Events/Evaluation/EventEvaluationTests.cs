using Relata.Events.Evaluation;
using Xunit.Abstractions;

namespace Relata.Tests.Events.Evaluation;

/// <summary>
/// Regression guard on the event development and held-out sets: fails when a field drops below its floor.
/// Floors sit a little below the figures recorded in docs/evaluation.md (## Events).
/// </summary>
public sealed class EventEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string, double> DevFloors() => new()
    {
        { "detection", 0.75 }, { "root", 0.75 }, { "code", 0.70 }, { "source", 0.65 }, { "target", 0.57 },
        { "modality", 0.74 }, { "date", 0.67 }, { "location", 0.64 }, { "asserted", 0.80 },
    };

    public static TheoryData<string, double> HeldOutFloors() => new()
    {
        { "detection", 0.58 }, { "source", 0.55 }, { "asserted", 0.62 },
    };

    private static FieldScore Field(EventScores s, string name) => name switch
    {
        "detection" => s.Detection,
        "root" => s.Root,
        "code" => s.Code,
        "source" => s.Source,
        "target" => s.Target,
        "modality" => s.Modality,
        "date" => s.Date,
        "location" => s.Location,
        "asserted" => s.Asserted,
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(DevFloors))]
    public void Development_set_field_F1_stays_above_its_floor(string field, double floor) => Check("DevSet", field, floor);

    [Theory]
    [MemberData(nameof(HeldOutFloors))]
    public void Held_out_set_field_F1_stays_above_its_floor(string field, double floor) => Check("HeldOut", field, floor);

    private void Check(string set, string field, double floor)
    {
        var run = EventDevSet.Run(set);
        string report = EventDevSet.Report(set, run);
        output.WriteLine(report);
        var score = Field(EventDevSet.Total(run.Select(r => r.Scores)), field);
        Assert.True(score.F1 >= floor, $"{set} {field} F1 {score.F1:0.000} fell below {floor:0.000}\n{report}");
    }

    [Fact]
    public void Every_gold_trigger_is_found_in_its_text_and_uses_a_known_code()
    {
        var ontology = Relata.Events.Ontology.EventOntology.Default;
        foreach (var set in new[] { "DevSet", "HeldOut" })
            foreach (var d in EventDevSet.Load(set))
            {
                Assert.NotEmpty(d.Gold);
                foreach (var g in d.Gold)
                {
                    Assert.True(g.Trigger.Length > 0 && g.Trigger.End <= d.Text.Length, $"{d.Name}: empty trigger");
                    Assert.True(ontology.TryCameo(g.Cameo, out _), $"{d.Name}: unknown CAMEO code {g.Cameo}");
                }
            }
    }
}
