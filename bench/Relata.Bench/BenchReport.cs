using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Relata.Bench;

/// <summary>Timing helpers and the writer of one suite's section in <c>docs/benchmarks.md</c>.</summary>
public static partial class BenchReport
{
    /// <summary>Runs <paramref name="action"/> <paramref name="repeats"/> times after one warm-up and returns the median seconds.</summary>
    public static double MedianSeconds(int repeats, Action action)
    {
        action();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>Replaces (or appends) the section between this suite's markers in docs/benchmarks.md.</summary>
    public static void WriteSection(string suite, string markdown)
    {
        string path = Path.Combine(RepoRoot(), "docs", "benchmarks.md");
        string existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\nWritten by `bench/Relata.Bench`; do not edit the generated sections by hand.\n";
        string begin = $"<!-- bench:{suite} -->", end = $"<!-- /bench:{suite} -->";
        string section = $"{begin}\n{markdown.TrimEnd()}\n\n_Machine: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}._\n{end}";
        var pattern = new Regex(Regex.Escape(begin) + ".*?" + Regex.Escape(end), RegexOptions.Singleline);
        string updated = pattern.IsMatch(existing) ? pattern.Replace(existing, section) : existing.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, updated);
        Console.WriteLine($"wrote {path}");
    }
}
