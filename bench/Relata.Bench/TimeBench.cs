using System.Globalization;
using System.Text;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Quantities;
using Relata.Text;
using Relata.Time;

namespace Relata.Bench;

/// <summary>
/// Throughput of the time and quantity stages: ~5 MB of synthetic reporting built from templates, segmentation alone
/// (baseline) against segmentation + time + quantities. Args: [megabytes] [repeats].
/// </summary>
public sealed class TimeBench : IBenchSuite
{
    public string Name => "time";

    public string Description => "TIMEX3 + quantity stages vs segmentation baseline on ~5 MB synthetic text";

    private static readonly string[] Templates =
    [
        "On {D} {M} {Y}, officials in {P} said bilateral trade reached ${N} million, up {K}% from the previous year.",
        "The convoy left {P} on {M} {D}; five days later it was ambushed and some {N} servicemen were sent as reinforcements.",
        "Exports of wheat and fuel to {P} rose by {K}% in {Y}, while imports fell to {N},000 tons (Gazeta.ru, {M} {D}).",
        "Since the end of the 1990s, {P} has hosted talks every year, and a new round is expected in mid-{M} or early {M2}.",
        "Between {Y} and {Y2}, more than {N} migrants crossed the border, and police dismantled {K} drug laboratories.",
        "The plan, announced last month, allots 1.5 trillion rubles to the railway and will add {N} km of track by {Y2}.",
        "Article {K} of the accord, signed in the summer of {Y}, has recently been invoked; the ministry currently reviews it (see EDM, {M} {D}, {Y}).",
        "Fighting in the 2010s displaced nearly two million people, and the government has governed for three decades.",
    ];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Places = ["Bamako", "Manila", "Tbilisi", "Bogota", "Tashkent", "Kabul", "Niamey", "Hanoi", "Yerevan", "Caracas"];

    public static string Generate(int bytes, int seed = 7)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(bytes + 1024);
        while (sb.Length < bytes)
        {
            for (int s = 0; s < 6; s++)
            {
                string t = Templates[rng.Next(Templates.Length)];
                int y = rng.Next(1995, 2025);
                sb.Append(t
                    .Replace("{D}", rng.Next(1, 29).ToString(CultureInfo.InvariantCulture))
                    .Replace("{M2}", Months[rng.Next(12)])
                    .Replace("{M}", Months[rng.Next(12)])
                    .Replace("{Y2}", (y + rng.Next(1, 6)).ToString(CultureInfo.InvariantCulture))
                    .Replace("{Y}", y.ToString(CultureInfo.InvariantCulture))
                    .Replace("{P}", Places[rng.Next(Places.Length)])
                    .Replace("{N}", rng.Next(2, 900).ToString(CultureInfo.InvariantCulture))
                    .Replace("{K}", rng.Next(1, 60).ToString(CultureInfo.InvariantCulture)));
                sb.Append(' ');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a"; }
        catch (IOException) { return "n/a"; }
    }

    public int Run(string[] args)
    {
        double megabytes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        string text = Generate((int)(megabytes * 1024 * 1024));
        double mb = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
        var doc = new Document("bench", "synthetic", "txt", text, DocumentMetadata.Empty with { PublishedDate = new DateOnly(2025, 6, 1) }, "", "");
        var baseline = new RelataPipelineBuilder().UseSegmentation().Build();
        var full = new RelataPipelineBuilder().UseSegmentation().UseTime().UseQuantities().Build();

        double baseSeconds = BenchReport.MedianSeconds(repeats, () => baseline.Run(doc));
        DocumentAnalysis? last = null;
        double fullSeconds = BenchReport.MedianSeconds(repeats, () => last = full.Run(doc));
        double stageSeconds = Math.Max(fullSeconds - baseSeconds, 1e-9);

        string table = string.Create(CultureInfo.InvariantCulture, $"""
            ### Time and quantities

            Synthetic reporting text from `TimeBench` templates: {mb:0.0} MB, median of {repeats} runs after one warm-up, one thread.

            | pipeline | median s | MB/s |
            |---|---:|---:|
            | segmentation (baseline) | {baseSeconds:0.000} | {mb / baseSeconds:0.0} |
            | segmentation + time + quantities | {fullSeconds:0.000} | {mb / fullSeconds:0.0} |
            | time + quantities stages alone | {stageSeconds:0.000} | {mb / stageSeconds:0.0} |

            Found {last!.Timexes.Count:N0} timexes and {last.Quantities.Count:N0} quantities in the last run.
            Load average at the end of the run: {LoadAverage()} (other processes share the cores; figures on an idle machine are higher).
            """);
        Console.WriteLine(table);
        BenchReport.WriteSection("time", table);
        return 0;
    }
}
