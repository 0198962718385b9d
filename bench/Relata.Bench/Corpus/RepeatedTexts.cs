using System.Text;

namespace Relata.Bench.Corpus;

/// <summary>
/// Real texts from a folder, cycled until a size is reached: repetition warms the per-thread word caches more than
/// fresh text would, so read a figure from it as a bound on what text of this density costs, not as a corpus measurement.
/// </summary>
public static class RepeatedTexts
{
    public static IEnumerable<Relata.Documents.Document> From(string dir, long bytes)
    {
        var texts = Directory.EnumerateFiles(dir).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (texts.Count == 0) throw new ArgumentException($"{dir}: no .txt or .md files");
        long total = 0;
        for (int i = 0; total < bytes; i++)
        {
            string text = texts[i % texts.Count];
            total += Encoding.UTF8.GetByteCount(text);
            yield return new Relata.Documents.Document($"file-{i}", $"file://{i}", "txt", text,
                new Relata.Documents.DocumentMetadata { PublishedDate = new DateOnly(2025, 6, 1) }, $"h{i}", $"h{i}");
        }
    }
}
