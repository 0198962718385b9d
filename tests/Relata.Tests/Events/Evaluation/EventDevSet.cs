using System.Globalization;
using Relata.Documents;
using Relata.Events.Coding;
using Relata.Events.Evaluation;
using Relata.Tests.Events.Coding;
using Relata.Tests.Support;

namespace Relata.Tests.Events.Evaluation;

/// <summary>Reads the annotated event documents of DevSet/ and HeldOut/ (format: DevSet/README.md) and scores the coder on them.</summary>
internal static class EventDevSet
{
    public sealed class DocumentFile
    {
        public string Style { get; set; } = "";
        public string Date { get; set; } = "";
        public string Text { get; set; } = "";
        public List<EventLine> Events { get; set; } = [];
    }

    public sealed class EventLine
    {
        public string Trigger { get; set; } = "";
        public string Cameo { get; set; } = "";
        public string? Source { get; set; }
        public string? Target { get; set; }
        public string Modality { get; set; } = "asserted";
        public string? Date { get; set; }
        public string? Location { get; set; }
        public bool Symmetric { get; set; }
    }

    public sealed record Document(string Name, string Style, string Text, string Date, IReadOnlyList<GoldEvent> Gold);

    public static string Folder(string set) => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Events", "Evaluation", set);

    public static List<Document> Load(string set) =>
        Directory.EnumerateFiles(Folder(set), "*.yaml").Order().Select(f => Parse(Path.GetFileNameWithoutExtension(f), SpecFiles.Load<DocumentFile>(f))).ToList();

    private static Document Parse(string name, DocumentFile file)
    {
        string text = file.Text.TrimEnd('\n');
        var gold = new List<GoldEvent>();
        int from = 0;
        foreach (var e in file.Events)
        {
            var trigger = Locate(name, text, e.Trigger, from);
            from = trigger.Start;
            var modality = Enum.Parse<EventModality>(e.Modality, ignoreCase: true);
            gold.Add(new GoldEvent(trigger, e.Cameo, e.Source, e.Target, modality, e.Date, e.Location, e.Symmetric));
        }
        return new Document(name, file.Style, text, file.Date, gold);
    }

    /// <summary>"the [visit] to Kabul": the bracketed words inside the first occurrence of the whole phrase at or after <paramref name="from"/>.</summary>
    private static TextSpan Locate(string name, string text, string trigger, int from)
    {
        int open = trigger.IndexOf('['), close = trigger.IndexOf(']');
        string phrase = open >= 0 ? trigger.Remove(close, 1).Remove(open, 1) : trigger;
        int at = text.IndexOf(phrase, from, StringComparison.Ordinal);
        if (at < 0) at = text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0) throw new FormatException($"{name}: trigger phrase '{phrase}' not found in the text");
        return open >= 0 ? new TextSpan(at + open, at + close - 1) : new TextSpan(at, at + phrase.Length);
    }

    public static List<CodedEvent> Code(Document d) => EventSpecTests.Analyse(d.Text, d.Date).Events;

    /// <summary>Scores per document, in file order.</summary>
    public static List<(Document Document, IReadOnlyList<EventPairing> Pairs, EventScores Scores)> Run(string set) =>
        Load(set).Select(d =>
        {
            var pairs = EventEvaluator.Pair(d.Gold, Code(d));
            return (d, pairs, EventEvaluator.Score(pairs));
        }).ToList();

    public static EventScores Total(IEnumerable<EventScores> scores) => scores.Aggregate(EventScores.Empty, (a, b) => a + b);

    /// <summary>Markdown table rows and the error list, for docs/evaluation.md and failure messages.</summary>
    public static string Report(string set, List<(Document Document, IReadOnlyList<EventPairing> Pairs, EventScores Scores)> run)
    {
        var total = Total(run.Select(r => r.Scores));
        var lines = new List<string> { $"{set}: {run.Count} documents, {total.Detection.Gold} gold events, {total.Detection.Predicted} predicted" };
        foreach (var style in run.GroupBy(r => r.Document.Style))
            lines.Add($"  {style.Key}: detection {Total(style.Select(r => r.Scores)).Detection}, asserted {Total(style.Select(r => r.Scores)).Asserted}");
        lines.Add("| field | P | R | F1 |");
        foreach (var (field, s) in total.Fields())
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {field} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |"));
        foreach (var (doc, pairs, _) in run)
            foreach (var (g, p) in pairs)
            {
                string gold = g is null ? "-" : $"{g.Trigger.Slice(doc.Text)} {g.Cameo} {g.Source}->{g.Target} {g.Modality} {g.Date} @{g.Location}";
                string pred = p is null ? "-" : $"{p.TriggerSpan.Slice(doc.Text)} {p.Cameo} {p.Source?.Id ?? p.Source?.Name}->{p.Target?.Id ?? p.Target?.Name} {p.Modality} {p.Date?.Value} @{p.Location?.Name} '{p.Pattern}'";
                bool ok = g is not null && p is not null && g.Cameo == p.Cameo && g.Modality == p.Modality
                          && EventEvaluator.ActorMatches(g.Source, p.Source) && EventEvaluator.ActorMatches(g.Target, p.Target);
                if (!ok) lines.Add($"  {doc.Name}: gold [{gold}] system [{pred}]");
            }
        return string.Join('\n', lines);
    }
}
