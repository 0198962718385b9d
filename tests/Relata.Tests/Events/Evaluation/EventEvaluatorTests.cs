using Relata.Documents;
using Relata.Events.Coding;
using Relata.Events.Evaluation;

namespace Relata.Tests.Events.Evaluation;

public sealed class EventEvaluatorTests
{
    private static CodedEvent Predicted(int start, string cameo, string? source, string? target, EventModality modality = EventModality.Asserted, bool symmetric = false) => new()
    {
        Id = "e",
        Evidence = new EventEvidence(0, 0, 100, ""),
        TriggerSpan = new TextSpan(start, start + 5),
        MatchSpan = new TextSpan(start, start + 10),
        Pattern = "p",
        Cameo = cameo,
        CameoName = "",
        Source = source is null ? null : new EventActor(source, source, null, null, default),
        Target = target is null ? null : new EventActor(target, target, null, null, default),
        Modality = modality,
        Symmetric = symmetric,
        Date = new EventDate("2024-01-02", Relata.Time.TimexPrecision.Day, "sentence"),
    };

    private static GoldEvent Gold(int start, string cameo, string? source, string? target, EventModality modality = EventModality.Asserted, bool symmetric = false) =>
        new(new TextSpan(start, start + 5), cameo, source, target, modality, "2024-01-02", null, symmetric);

    [Fact]
    public void Perfect_prediction_scores_one_on_every_field()
    {
        var s = EventEvaluator.Evaluate([Gold(0, "042", "RUS", "AFG")], [Predicted(0, "042", "RUS", "AFG")]);
        Assert.All(s.Fields(), f => Assert.Equal(1.0, f.Score.F1));
    }

    [Fact]
    public void Wrong_subcode_keeps_the_root_but_loses_the_full_code()
    {
        var s = EventEvaluator.Evaluate([Gold(0, "0841", "RUS", "UKR")], [Predicted(0, "084", "RUS", "UKR")]);
        Assert.Equal(1.0, s.Root.F1);
        Assert.Equal(0.0, s.Code.F1);
    }

    [Fact]
    public void Spurious_and_missed_events_lower_precision_and_recall()
    {
        var s = EventEvaluator.Evaluate([Gold(0, "042", "RUS", "AFG"), Gold(50, "190", "X", null)],
            [Predicted(0, "042", "RUS", "AFG"), Predicted(30, "111", "Y", null)]);
        Assert.Equal(0.5, s.Detection.Precision);
        Assert.Equal(0.5, s.Detection.Recall);
    }

    [Fact]
    public void Symmetric_event_may_name_its_parties_in_either_order()
    {
        var s = EventEvaluator.Evaluate([Gold(0, "057", "UZB", "AFG", symmetric: true)], [Predicted(0, "057", "AFG", "UZB", symmetric: true)]);
        Assert.Equal(1.0, s.Source.F1);
        Assert.Equal(1.0, s.Target.F1);
    }

    [Fact]
    public void Coordinated_parties_pair_with_the_prediction_that_names_them()
    {
        var pairs = EventEvaluator.Pair([Gold(0, "020", "RUS", "T"), Gold(0, "020", "CHN", "T")],
            [Predicted(0, "020", "CHN", "T"), Predicted(0, "020", "RUS", "T")]);
        Assert.All(pairs, p => Assert.Equal(p.Gold!.Source, p.Predicted!.Source!.Id));
    }

    [Fact]
    public void Plain_statements_are_not_scored()
    {
        var s = EventEvaluator.Evaluate([], [Predicted(0, "010", "RUS", null)]);
        Assert.Equal(0, s.Detection.Predicted);
    }

    [Fact]
    public void Hypothetical_prediction_of_an_asserted_event_counts_against_modality_and_asserted_recall()
    {
        var s = EventEvaluator.Evaluate([Gold(0, "042", "RUS", "AFG")], [Predicted(0, "042", "RUS", "AFG", EventModality.Hypothetical)]);
        Assert.Equal(1.0, s.Detection.F1);
        Assert.Equal(0.0, s.Modality.F1);
        Assert.Equal(0.0, s.Asserted.Recall);
    }
}
