using Relata.Documents;

namespace Relata.Actors.Evaluation;

/// <summary>Precision and recall of one kind of match.</summary>
public sealed record MentionScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MentionScore operator +(MentionScore a, MentionScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    public override string ToString() => $"P {Precision:P1} R {Recall:P1} F1 {F1:P1} (gold {Gold}, predicted {Predicted}, correct {Correct})";
}

/// <summary>Mention-linking scores: strict (same span, same actor) and overlap (overlapping span, same actor), actors and places apart.</summary>
public sealed record LinkingScore(MentionScore Strict, MentionScore Overlap, MentionScore Places)
{
    public static LinkingScore Empty { get; } = new(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0));

    public static LinkingScore operator +(LinkingScore a, LinkingScore b) =>
        new(a.Strict + b.Strict, a.Overlap + b.Overlap, a.Places + b.Places);
}

/// <summary>Scores predicted mentions against gold annotations. Pure: no I/O.</summary>
public static class MentionEvaluator
{
    public static LinkingScore Evaluate(IReadOnlyList<GoldMention> gold, IReadOnlyList<ActorMention> predicted)
    {
        var goldActors = gold.Where(g => !g.IsPlace).ToList();
        var goldPlaces = gold.Where(g => g.IsPlace).ToList();
        var actors = predicted.Where(p => p.Kind == ActorMentionKind.Actor && p.ActorId is not null).ToList();
        var places = predicted.Where(p => p.Kind == ActorMentionKind.Place).ToList();
        return new LinkingScore(
            Match(goldActors, actors, (g, p) => g.Span == p.Span),
            Match(goldActors, actors, (g, p) => g.Span.Overlaps(p.Span)),
            Match(goldPlaces, places, (g, p) => g.Span.Overlaps(p.Span)));
    }

    /// <summary>One-to-one greedy matching in text order; a prediction counts once.</summary>
    private static MentionScore Match(List<GoldMention> gold, List<ActorMention> predicted, Func<GoldMention, ActorMention, bool> spans)
    {
        var used = new bool[predicted.Count];
        int correct = 0;
        foreach (var g in gold)
            for (int i = 0; i < predicted.Count; i++)
                if (!used[i] && predicted[i].ActorId == g.ActorId && spans(g, predicted[i]))
                {
                    used[i] = true;
                    correct++;
                    break;
                }
        return new MentionScore(gold.Count, predicted.Count, correct);
    }

    /// <summary>Gold mentions no prediction matched and predictions no gold matched (overlap rule), for error analysis.</summary>
    public static (IReadOnlyList<GoldMention> Missed, IReadOnlyList<ActorMention> Spurious) Errors(IReadOnlyList<GoldMention> gold, IReadOnlyList<ActorMention> predicted)
    {
        var actors = predicted.Where(p => p.Kind == ActorMentionKind.Actor && p.ActorId is not null).ToList();
        var used = new bool[actors.Count];
        var missed = new List<GoldMention>();
        foreach (var g in gold.Where(g => !g.IsPlace))
        {
            int hit = actors.FindIndex(p => !used[actors.IndexOf(p)] && p.ActorId == g.ActorId && g.Span.Overlaps(p.Span));
            if (hit >= 0) used[hit] = true;
            else missed.Add(g);
        }
        return (missed, actors.Where((_, i) => !used[i]).ToList());
    }
}
