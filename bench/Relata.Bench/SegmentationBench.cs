using System.Globalization;
using System.Text;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Text;

namespace Relata.Bench;

/// <summary>Throughput of the segmentation stage (paragraphs, sentences, tokens) on synthetic reporting text.</summary>
public sealed class SegmentationBench : IBenchSuite
{
    private const int Repeats = 5;

    public string Name => "segmentation";

    public string Description => "paragraph/sentence/token segmentation throughput (MB/s) on ~20 MB of synthetic text; arg: size in MB";

    public int Run(string[] args)
    {
        int megabytes = args.Length > 0 && int.TryParse(args[0], out int mb) && mb > 0 ? mb : 20;
        string text = SyntheticText(megabytes * 1_000_000);
        double size = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
        var document = new Document("bench", "synthetic", "txt", text, DocumentMetadata.Empty, "", "");
        var stage = new SegmentationStage();

        DocumentAnalysis? last = null;
        void RunStage()
        {
            last = new DocumentAnalysis(document);
            stage.Process(last);
        }
        var tokens = new List<Token>();
        void RunTokenizer()
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        }
        double full = BenchReport.MedianSeconds(Repeats, RunStage);
        double fullCpu = MedianCpuSeconds(RunStage);
        double tokenizeOnly = BenchReport.MedianSeconds(Repeats, RunTokenizer);
        double tokenizeCpu = MedianCpuSeconds(RunTokenizer);

        var inv = CultureInfo.InvariantCulture;
        var report = new StringBuilder()
            .AppendLine("## Segmentation")
            .AppendLine()
            .AppendLine(inv, $"Synthetic text: {size:F1} MB (UTF-8), {last!.Paragraphs.Count:N0} paragraphs, {last.Sentences.Count:N0} sentences, {last.Tokens.Count:N0} tokens. Median of {Repeats} runs after a warm-up, one thread, Release.")
            .AppendLine()
            .AppendLine("| Step | Median wall time | Throughput (wall) | Median CPU time | Throughput (CPU) |")
            .AppendLine("|---|---:|---:|---:|---:|")
            .AppendLine(inv, $"| Full stage (paragraphs + roles + sentences + tokens) | {full:F3} s | {size / full:F1} MB/s | {fullCpu:F3} s | {size / fullCpu:F1} MB/s |")
            .AppendLine(inv, $"| Tokenizer alone | {tokenizeOnly:F3} s | {size / tokenizeOnly:F1} MB/s | {tokenizeCpu:F3} s | {size / tokenizeCpu:F1} MB/s |")
            .AppendLine()
            .AppendLine(inv, $"Target: far above 5 MB/s per core. Load average while measuring: {LoadAverage()}; on a shared machine the CPU-time column (process CPU, GC included) is the steadier figure.");
        Console.WriteLine(report);
        BenchReport.WriteSection("segmentation", report.ToString());
        return 0;
    }

    private static double MedianCpuSeconds(Action action)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var times = new double[Repeats];
        for (int i = 0; i < Repeats; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            times[i] = (process.TotalProcessorTime - before).TotalSeconds;
        }
        Array.Sort(times);
        return times[Repeats / 2];
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static readonly string[] Sentences =
    [
        "The delegation from {P} arrived in {C} on {D} for two days of talks on transit fees.",
        "Maj. Gen. {N} told reporters that the U.S. and its partners had not been consulted.",
        "Trade between the two sides reached ${F} billion in 2024, a {R}% rise on the year before (Interfax, {D}).",
        "“We are ready to sign,” said Dr. {N}, “but not at any price.”",
        "Officials in {C} — speaking on condition of anonymity — said the deal was close; others were less sure.",
        "The ministry’s statement, issued on Dec. 27, 2016, named No. 5 Terminal as the first site.",
        "Analysts at {P}’s central bank expect growth of {R}.5 percent, i.e. slower than planned.",
        "Is the corridor viable? Few investors think so… Yet construction continues near {C}.",
        "Exports of grain, fertiliser, timber, etc. rose sharply (see EDM, {D}; The Harbour Times, {D}).",
        "St. Petersburg hosted the forum, where Lt. Col. {N} of the border service spoke about e-mail scams at https://example.org/notice.",
        "The 1990s saw 70,000 tons shipped through the north-south route each year.",
        "He asked: “Why now?” and left the room.",
    ];

    private static readonly string[] Places = ["Almaty", "Tbilisi", "Nairobi", "Lima", "Hanoi", "Riga", "Dakar", "Quito", "Oslo", "Baku"];
    private static readonly string[] Names = ["A.B. Karimov", "Leyla Haddad", "Tomas Lind", "Priya Raman", "J.K. Osei", "Ana Ruiz", "Ivan Petrov"];
    private static readonly string[] Dates = ["April 9", "June 16", "May 20, 2023", "January 15", "Oct. 11, 2017", "Sept. 3"];

    private static string SyntheticText(int targetChars)
    {
        var random = new Random(20261122);
        var sb = new StringBuilder(targetChars + 4096);
        string Pick(string[] items) => items[random.Next(items.Length)];
        while (sb.Length < targetChars)
        {
            switch (random.Next(20))
            {
                case 0:
                    sb.Append("Regional Outlook for ").Append(Pick(Places)).Append('\n');
                    break;
                case 1:
                    sb.Append("- Tariffs on ").Append(Pick(Places)).Append(" freight rose\n• Quotas were eased\n1. Review the accord.\n");
                    break;
                default:
                    int count = 3 + random.Next(4);
                    for (int s = 0; s < count; s++)
                    {
                        if (s > 0) sb.Append(' ');
                        sb.Append(Pick(Sentences)
                            .Replace("{P}", Pick(Places)).Replace("{C}", Pick(Places)).Replace("{N}", Pick(Names))
                            .Replace("{D}", Pick(Dates)).Replace("{F}", (random.Next(10, 99) / 10.0).ToString("F1", CultureInfo.InvariantCulture))
                            .Replace("{R}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture)));
                    }
                    sb.Append(random.Next(4) == 0 ? "\n\n" : "\n");
                    break;
            }
        }
        sb.Append("Ivan Petrov (@ipetrov) is a freelance analyst based in Riga.\nImage: Port of Riga (Photo by Staff)\n");
        return sb.ToString();
    }
}
