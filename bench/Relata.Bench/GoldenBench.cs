using System.Security.Cryptography;
using System.Text;
using Relata.Batch;
using Relata.Bench.Corpus;
using Relata.Export;
using Relata.Ingest;
using Relata.Pipeline;

namespace Relata.Bench;

/// <summary>
/// Writes the full extract JSON of a fixed set of texts (synthetic corpus, one long document, the demo corpus and the
/// seeds when present) to a file and prints its hash: run it before and after a speed change, and the outputs must
/// be byte-identical.
/// </summary>
public sealed class GoldenBench : IBenchSuite
{
    public string Name => "golden";

    public string Description => "extract JSON of fixed texts, for before/after comparisons; args: <output file> [--mb 2] [--batch N: documents per pipeline batch, 1 = one at a time]";

    public int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: golden <output file> [--mb 2]"); return 1; }
        int i = Array.IndexOf(args, "--mb");
        double mb = i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var pipeline = DefaultPipeline.Create();
        using var output = new StreamWriter(args[0], false, new UTF8Encoding(false));
        int b = Array.IndexOf(args, "--batch");
        int batch = b >= 0 && b + 1 < args.Length ? int.Parse(args[b + 1], System.Globalization.CultureInfo.InvariantCulture) : PipelineRunner.DefaultBatchSize;
        var documents = new List<Relata.Documents.Document>();
        void Write(Relata.Documents.Document doc) => documents.Add(doc);

        foreach (var doc in new SyntheticCorpus(seed: 3).Documents((long)(mb * 1_000_000))) Write(doc);
        var text = new StringBuilder();
        foreach (var doc in new SyntheticCorpus(seed: 5).Documents(300_000)) text.Append(doc.Text);
        Write(new Relata.Documents.Document("long", "synthetic://long", "txt", text.ToString(),
            new Relata.Documents.DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 1) }, "long", "long"));
        string root = BenchReport.RepoRoot();
        foreach (string dir in new[] { Path.Combine(root, "data", "demo"), Path.Combine(root, "..", "shared", "seeds") })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (string path in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                string raw = File.ReadAllText(path);
                Write(DocumentFactory.Default.Create(path, "txt", raw, new Relata.Documents.DocumentMetadata(), "h"));
            }
        }
        // The batch runner is what the CLI and the benches use; its output must not depend on the batch size.
        foreach (var analysed in pipeline.Analyse(documents.Select(IngestItem.Of), batchSize: batch))
            output.WriteLine(ExtractJson.Serialize(ExtractMapper.Map(analysed.Analysis ?? throw new InvalidOperationException(analysed.Error))));
        output.Flush();
        output.Close();
        Console.WriteLine(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(args[0]))));
        return 0;
    }
}
