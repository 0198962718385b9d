using System.Globalization;
using System.Text;
using Relata.Claims.Evaluation;
using Relata.Documents;
using Relata.Export;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Claims;

/// <summary>
/// Scores the default pipeline's claims on tests/Relata.Tests/Claims/DevSet/*.yaml (texts of our own) and, with
/// RELATA_WRITE_EVAL=1, writes the figures into docs/evaluation.md between the eval:claims markers.
/// </summary>
public sealed class ClaimDevSetTests
{
    public sealed class DevDocument
    {
        public string Style { get; set; } = "";
        public string Published { get; set; } = "";
        public string? Author { get; set; }
        public string? Outlet { get; set; }
        public string Text { get; set; } = "";
        public List<DevClaim> Claims { get; set; } = [];
    }

    public sealed class DevClaim
    {
        public string Claim { get; set; } = "";
        public int Occurrence { get; set; } = 1;
        public string Speaker { get; set; } = "";
        public string Cue { get; set; } = "";
        public bool Quoted { get; set; }
        public string? Date { get; set; }
        public string? Proposition { get; set; }
        public string? Stance { get; set; }
    }

    private static string DevSetDirectory => Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Claims", "DevSet");

    public static (ClaimScores Scores, int Documents) Evaluate(string? subfolder = null)
    {
        var pipeline = DefaultPipeline.Create();
        var evaluator = new ClaimEvaluator();
        int documents = 0;
        foreach (var file in Directory.EnumerateFiles(subfolder is null ? DevSetDirectory : Path.Combine(DevSetDirectory, subfolder), "*.yaml").Order())
        {
            var dev = SpecFiles.Load<DevDocument>(file);
            string name = Path.GetFileNameWithoutExtension(file);
            var metadata = new DocumentMetadata
            {
                Author = dev.Author, Outlet = dev.Outlet,
                PublishedDate = DateOnly.ParseExact(dev.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var analysis = pipeline.Run(TestDocuments.Text(name, dev.Text, metadata));
            var extract = ExtractMapper.Map(analysis);
            string text = analysis.Text;
            var gold = dev.Claims.Select(c => new GoldClaim(Locate(text, c, name), c.Speaker, c.Cue, c.Quoted, c.Date, c.Proposition, c.Stance)).ToList();
            evaluator.Add(name, text, gold, extract.Claims);
            documents++;
        }
        return (evaluator.Score(), documents);
    }

    private static TextSpan Locate(string text, DevClaim claim, string document)
    {
        int at = -1;
        for (int n = 0; n < claim.Occurrence; n++)
        {
            at = text.IndexOf(claim.Claim, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"{document}: gold claim '{claim.Claim}' is not in the text");
        }
        return new TextSpan(at, at + claim.Claim.Length);
    }

    [Fact]
    public void Claims_on_the_development_set_stay_above_their_floors()
    {
        var (scores, _) = Evaluate();
        string report = string.Join("\n", scores.Attributes.Select(a => $"{a.Name}: P={a.Precision:0.00} R={a.Recall:0.00}")) + "\n" +
                        string.Join("\n", scores.Errors.Select(e => $"{e.Document} {e.Kind} '{e.Text}' gold={e.Gold} system={e.System}"));
        Assert.True(scores["claim detection"].F1 >= 0.9, report);
        Assert.True(scores["speaker"].F1 >= 0.85, report);
        Assert.True(scores["cue"].F1 >= 0.85, report);
        Assert.True(scores["quoted / paraphrase"].F1 >= 0.9, report);
        Assert.True(scores["date"].F1 >= 0.8, report);
        Assert.True(scores["proposition"].F1 >= 0.6, report);
        Assert.True(scores["stance"].F1 >= 0.7, report);
    }

    [Fact]
    public void Claims_on_the_held_out_set_stay_above_their_floors()
    {
        var (scores, _) = Evaluate("heldout");
        string report = string.Join("\n", scores.Errors.Select(e => $"{e.Document} {e.Kind} '{e.Text}' gold={e.Gold} system={e.System}"));
        Assert.True(scores["claim detection"].F1 >= 0.75, report);
        Assert.True(scores["speaker"].F1 >= 0.6, report);
        Assert.True(scores["date"].F1 >= 0.6, report);
    }

    [Fact]
    public void Evaluation_section_renders_and_is_written_on_request()
    {
        var (scores, documents) = Evaluate();
        var (heldOut, heldOutDocuments) = Evaluate("heldout");
        var section = new StringBuilder()
            .AppendLine("## Claims")
            .AppendLine()
            .AppendLine($"Own development set: `tests/Relata.Tests/Claims/DevSet/*.yaml`, {documents} documents written for this project in")
            .AppendLine("wire, interview/press-conference and long-form analysis styles (annotation conventions in its README), run through")
            .AppendLine("the default pipeline with the bundled knowledge base. Scorer: `Relata.Claims.Evaluation.ClaimEvaluator`. A system claim")
            .AppendLine("matches the gold claim whose span it overlaps most; an attribute counts as correct only on a matched claim, so its")
            .AppendLine("precision is over system claims that give it and its recall over gold claims that give it. Propositions score keys")
            .AppendLine("with a predicate family only; stance is scored where gold gives one. These are development figures written by the")
            .AppendLine("people who wrote the rules, not a held-out score. Floors: `ClaimDevSetTests`.")
            .AppendLine()
            .AppendLine(ClaimScores.MarkdownHeader)
            .AppendLine(scores.ToMarkdown())
            .AppendLine()
            .AppendLine($"Held-out (`DevSet/heldout/*.yaml`, {heldOutDocuments} documents written after the rules above were frozen, not used for tuning):")
            .AppendLine()
            .AppendLine(ClaimScores.MarkdownHeader)
            .AppendLine(heldOut.ToMarkdown())
            .AppendLine()
            .AppendLine($"Held-out errors ({heldOut.Errors.Count}):")
            .AppendLine()
            .AppendJoin("\n", heldOut.Errors.Select(e => $"- {e.Document}: {e.Kind} '{e.Text}'" + (e.Gold is null && e.System is null ? "" : $" (gold {e.Gold ?? "—"}, system {e.System ?? "—"})")))
            .AppendLine()
            .AppendLine()
            .AppendLine($"Remaining development errors ({scores.Errors.Count}):")
            .AppendLine()
            .AppendJoin("\n", scores.Errors.Select(e => $"- {e.Document}: {e.Kind} '{e.Text}'" + (e.Gold is null && e.System is null ? "" : $" (gold {e.Gold ?? "—"}, system {e.System ?? "—"})")))
            .AppendLine()
            .ToString();
        Assert.Contains("| claim detection |", section);
        if (Environment.GetEnvironmentVariable("RELATA_WRITE_EVAL") != "1") return;
        string path = Path.Combine(TestPaths.RepoRoot, "docs", "evaluation.md");
        string doc = File.ReadAllText(path);
        const string open = "<!-- eval:claims -->", close = "<!-- /eval:claims -->";
        int start = doc.IndexOf(open, StringComparison.Ordinal), end = doc.IndexOf(close, StringComparison.Ordinal);
        string block = open + "\n" + section + close;
        doc = start >= 0 && end > start ? doc[..start] + block + doc[(end + close.Length)..] : doc.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, doc);
    }
}
