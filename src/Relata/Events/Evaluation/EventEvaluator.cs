using Relata.Documents;
using Relata.Events.Coding;

namespace Relata.Events.Evaluation;

/// <summary>
/// One gold event of a development document. Actor fields hold an actor id, a CAMEO actor code, a country code or
/// the start of the name; null means "no such participant". <see cref="Date"/> is a TIMEX3 value; null means "not scored".
/// </summary>
public sealed record GoldEvent(
    TextSpan Trigger,
    string Cameo,
    string? Source,
    string? Target,
    EventModality Modality,
    string? Date,
    string? Location,
    bool Symmetric);

/// <summary>Precision, recall and F1 of one field, counted end to end: a field is correct when its event was detected and the value agrees.</summary>
public sealed record FieldScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static FieldScore operator +(FieldScore a, FieldScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({Correct}/{Predicted} of {Gold})";
}

/// <summary>Per-field scores of a set of documents. <see cref="Asserted"/> counts only events reported as fact on both sides.</summary>
public sealed record EventScores(
    FieldScore Detection,
    FieldScore Root,
    FieldScore Code,
    FieldScore Source,
    FieldScore Target,
    FieldScore Modality,
    FieldScore Date,
    FieldScore Location,
    FieldScore Asserted)
{
    public static EventScores Empty { get; } = new(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), new(0, 0, 0),
        new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), new(0, 0, 0));

    public static EventScores operator +(EventScores a, EventScores b) => new(
        a.Detection + b.Detection, a.Root + b.Root, a.Code + b.Code, a.Source + b.Source, a.Target + b.Target,
        a.Modality + b.Modality, a.Date + b.Date, a.Location + b.Location, a.Asserted + b.Asserted);

    /// <summary>(field name, score) in reporting order.</summary>
    public IEnumerable<(string Field, FieldScore Score)> Fields()
    {
        yield return ("event detection", Detection);
        yield return ("CAMEO root", Root);
        yield return ("CAMEO full code", Code);
        yield return ("source", Source);
        yield return ("target", Target);
        yield return ("modality", Modality);
        yield return ("date", Date);
        yield return ("location", Location);
        yield return ("asserted events", Asserted);
    }
}

/// <summary>A gold event and the prediction paired with it (null when missed), or a prediction no gold event took.</summary>
public sealed record EventPairing(GoldEvent? Gold, CodedEvent? Predicted);

/// <summary>
/// Scores coded events against gold events. Plain statements (CAMEO 010, "said") are left out on both sides:
/// they are the claims stage's business. A prediction is paired with a gold event when its trigger or matched span
/// overlaps the gold trigger; among several, the one agreeing on most fields wins (one-to-one). Pure: no I/O.
/// </summary>
public static class EventEvaluator
{
    public const string StatementCode = "010";

    public static EventScores Evaluate(IReadOnlyList<GoldEvent> gold, IReadOnlyList<CodedEvent> predicted) =>
        Score(Pair(gold, predicted));

    public static EventScores Score(IReadOnlyList<EventPairing> pairs)
    {
        int g = 0, p = 0, detected = 0, root = 0, code = 0, source = 0, target = 0, modality = 0, date = 0, location = 0;
        int goldDates = 0, predictedDates = 0, goldAsserted = 0, predictedAsserted = 0, asserted = 0;
        foreach (var (gold, pred) in pairs)
        {
            if (gold is not null)
            {
                g++;
                if (gold.Date is not null) goldDates++;
                if (gold.Modality == EventModality.Asserted) goldAsserted++;
            }
            if (pred is not null)
            {
                p++;
                if (gold is null || gold.Date is not null) predictedDates++;
                if (pred.Modality == EventModality.Asserted) predictedAsserted++;
            }
            if (gold is null || pred is null) continue;
            detected++;
            if (Root(gold.Cameo) == Root(pred.Cameo)) root++;
            if (gold.Cameo == pred.Cameo) code++;
            var (s, t) = ActorsAgree(gold, pred);
            if (s) source++;
            if (t) target++;
            if (gold.Modality == pred.Modality) modality++;
            if (gold.Date is not null && gold.Date == pred.Date?.Value) date++;
            if (LocationAgrees(gold.Location, pred.Location)) location++;
            if (gold.Modality == EventModality.Asserted && pred.Modality == EventModality.Asserted) asserted++;
        }
        return new EventScores(new(g, p, detected), new(g, p, root), new(g, p, code), new(g, p, source), new(g, p, target),
            new(g, p, modality), new(goldDates, predictedDates, date), new(g, p, location), new(goldAsserted, predictedAsserted, asserted));
    }

    /// <summary>Pairs gold and predicted events (statements left out); unpaired ones come with a null partner.</summary>
    public static IReadOnlyList<EventPairing> Pair(IReadOnlyList<GoldEvent> gold, IReadOnlyList<CodedEvent> predicted)
    {
        var preds = predicted.Where(e => e.Cameo != StatementCode).ToList();
        var golds = gold.Where(e => e.Cameo != StatementCode).ToList();
        var candidates = new List<(int Score, int Gold, int Pred)>();
        for (int gi = 0; gi < golds.Count; gi++)
            for (int pi = 0; pi < preds.Count; pi++)
                if (Overlaps(golds[gi], preds[pi])) candidates.Add((Agreement(golds[gi], preds[pi]), gi, pi));
        // Best agreement first; ties in text order so that coordinated parties pair in order.
        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Pred.CompareTo(b.Pred));
        var goldUsed = new CodedEvent?[golds.Count];
        var predUsed = new bool[preds.Count];
        foreach (var (_, gi, pi) in candidates)
        {
            if (goldUsed[gi] is not null || predUsed[pi]) continue;
            goldUsed[gi] = preds[pi];
            predUsed[pi] = true;
        }
        var pairs = new List<EventPairing>(golds.Count + preds.Count);
        for (int gi = 0; gi < golds.Count; gi++) pairs.Add(new(golds[gi], goldUsed[gi]));
        for (int pi = 0; pi < preds.Count; pi++)
            if (!predUsed[pi]) pairs.Add(new(null, preds[pi]));
        return pairs;
    }

    private static bool Overlaps(GoldEvent g, CodedEvent p) => g.Trigger.Overlaps(p.TriggerSpan) || g.Trigger.Overlaps(p.MatchSpan);

    private static int Agreement(GoldEvent g, CodedEvent p)
    {
        var (s, t) = ActorsAgree(g, p);
        int score = (s ? 4 : 0) + (t ? 4 : 0) + (Root(g.Cameo) == Root(p.Cameo) ? 2 : 0) + (g.Modality == p.Modality ? 1 : 0);
        // The trigger word itself beats a longer match that merely covers it.
        return score * 2 + (g.Trigger.Overlaps(p.TriggerSpan) ? 1 : 0);
    }

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;

    /// <summary>Source and target agreement; a joint act (either side symmetric) may name its parties in either order.</summary>
    private static (bool Source, bool Target) ActorsAgree(GoldEvent g, CodedEvent p)
    {
        bool s = ActorMatches(g.Source, p.Source), t = ActorMatches(g.Target, p.Target);
        if ((s && t) || !(g.Symmetric || p.Symmetric)) return (s, t);
        bool sx = ActorMatches(g.Source, p.Target), tx = ActorMatches(g.Target, p.Source);
        return sx && tx ? (true, true) : (s, t);
    }

    /// <summary>An id, CAMEO actor code, country code or the start of a word of the name.</summary>
    public static bool ActorMatches(string? expected, EventActor? actual)
    {
        if (expected is null) return actual is null;
        if (actual is null) return false;
        return string.Equals(expected, actual.Id, StringComparison.OrdinalIgnoreCase)
               || string.Equals(expected, actual.Code, StringComparison.OrdinalIgnoreCase)
               || string.Equals(expected, actual.Country, StringComparison.OrdinalIgnoreCase)
               || actual.Name.Contains(expected, StringComparison.OrdinalIgnoreCase);
    }

    private static bool LocationAgrees(string? expected, EventLocation? actual) =>
        expected is null ? actual is null
        : actual is not null && (string.Equals(expected, actual.Name, StringComparison.OrdinalIgnoreCase)
                                 || actual.Name.StartsWith(expected, StringComparison.OrdinalIgnoreCase));
}
