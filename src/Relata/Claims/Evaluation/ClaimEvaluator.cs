using System.Globalization;
using Relata.Documents;
using Relata.Export;

namespace Relata.Claims.Evaluation;

/// <summary>A gold claim: its span in the document and the attributes an annotator gives it (null = not annotated).</summary>
/// <param name="Speaker">Actor id, or "name:" + the name as written.</param>
/// <param name="Proposition">Proposition key; null when the claim bears on no keyed proposition.</param>
public sealed record GoldClaim(TextSpan Span, string Speaker, string Cue, bool Quoted, string? Date, string? Proposition, string? Stance);

/// <summary>Counts for one attribute: system claims giving it, gold claims giving it, and correct ones (matched and equal).</summary>
public sealed record AttributeScore(string Name, int System, int Gold, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One disagreement, for the error list in docs/evaluation.md.</summary>
public sealed record ClaimError(string Document, string Kind, string Text, string? Gold, string? System);

public sealed record ClaimScores(IReadOnlyList<AttributeScore> Attributes, IReadOnlyList<ClaimError> Errors)
{
    public AttributeScore this[string name] => Attributes.Single(a => a.Name == name);

    public const string MarkdownHeader = "| measure | gold | system | correct | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdown() => string.Join("\n", Attributes.Select(a => string.Create(CultureInfo.InvariantCulture,
        $"| {a.Name} | {a.Gold} | {a.System} | {a.Correct} | {a.Precision:0.000} | {a.Recall:0.000} | {a.F1:0.000} |")));
}

/// <summary>
/// Scores extracted claims against gold. A system claim matches the gold claim its span overlaps most (one to one).
/// Detection counts matches; every attribute counts a claim correct only when it is matched and the attribute agrees, so
/// its precision is over system claims and its recall over gold claims. Speaker: the linked actor id, or for a gold name
/// the speaker name or phrase containing it. Propositions: only keys with a predicate family count (topic-level keys
/// "topic:…" are not scored); stance only where gold gives one.
/// </summary>
public sealed class ClaimEvaluator
{
    private readonly List<(string Doc, GoldClaim? Gold, ExtractClaim? System)> _pairs = [];

    public void Add(string document, string text, IReadOnlyList<GoldClaim> gold, IReadOnlyList<ExtractClaim> system)
    {
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < system.Count; i++)
            {
                if (used[i]) continue;
                int overlap = Math.Min(g.Span.End, system[i].Evidence.End) - Math.Max(g.Span.Start, system[i].Evidence.Start);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = i; }
            }
            if (best >= 0) used[best] = true;
            _pairs.Add((document, g, best >= 0 ? system[best] : null));
        }
        for (int i = 0; i < system.Count; i++)
            if (!used[i]) _pairs.Add((document, null, system[i]));
        _text[document] = text;
    }

    private readonly Dictionary<string, string> _text = [];

    public ClaimScores Score()
    {
        var errors = new List<ClaimError>();
        var attributes = new List<AttributeScore>
        {
            Attribute("claim detection", _ => "", _ => "", errors, (a, b) => true),
            Attribute("speaker", g => g.Speaker, s => s.Speaker.Id ?? "name:" + s.Speaker.Text, errors, SpeakerAgrees),
            Attribute("cue", g => g.Cue, s => s.Cue.Lemma, errors, (a, b) => a == b),
            Attribute("quoted / paraphrase", g => g.Quoted ? "quoted" : "paraphrase", s => s.Quoted ? "quoted" : "paraphrase", errors, (a, b) => a == b),
            Attribute("date", g => g.Date, s => s.Date, errors, (a, b) => a == b),
            Attribute("proposition", g => g.Proposition, s => s.Proposition?.Key is { } k && !k.StartsWith("topic:", StringComparison.Ordinal) ? k : null,
                errors, (a, b) => a == b),
            Attribute("stance", g => g.Stance, s => s.Stance, errors, (a, b) => a == b, systemOnlyWhenGold: true),
        };
        return new ClaimScores(attributes, errors);
    }

    private static bool SpeakerAgrees(string gold, string system) =>
        gold == system || (gold.StartsWith("name:", StringComparison.Ordinal) && system.StartsWith("name:", StringComparison.Ordinal)
                           && (system.Contains(gold[5..], StringComparison.OrdinalIgnoreCase) || gold.Contains(system[5..], StringComparison.OrdinalIgnoreCase)));

    private AttributeScore Attribute(string name, Func<GoldClaim, string?> gold, Func<ExtractClaim, string?> system, List<ClaimError> errors,
        Func<string, string, bool> agrees, bool systemOnlyWhenGold = false)
    {
        int systemCount = 0, goldCount = 0, correct = 0;
        bool detection = name == "claim detection";
        foreach (var (doc, g, s) in _pairs)
        {
            string? gv = g is null ? null : gold(g);
            string? sv = s is null ? null : system(s);
            // Stance is scored where the annotator gave one; elsewhere a system stance is not an error.
            if (systemOnlyWhenGold && gv is null) sv = null;
            if (sv is not null) systemCount++;
            if (gv is not null) goldCount++;
            bool ok = gv is not null && sv is not null && agrees(gv, sv);
            if (ok) { correct++; continue; }
            if (detection)
                errors.Add(new ClaimError(doc, g is null ? "spurious claim" : "missed claim", Clip(g is null ? s!.Text : _text[doc][g.Span.Start..g.Span.End]), null, null));
            else if (g is not null && s is not null && (gv ?? sv) is not null)
                errors.Add(new ClaimError(doc, name, Clip(_text[doc][g.Span.Start..g.Span.End]), gv, sv));
        }
        return new AttributeScore(name, systemCount, goldCount, correct);
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "…";
}
