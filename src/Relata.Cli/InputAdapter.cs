using System.Security.Cryptography;
using System.Text;
using Relata.Batch;
using Relata.Documents;

namespace Relata.Cli;

/// <summary>Bridges the CLI's input arguments to the library's ingest readers.</summary>
internal static class InputAdapter
{
    // TEMPORARY until the Ingest readers land: plain UTF-8 text files only.
    public static IEnumerable<BatchItem> Read(IEnumerable<string> args, int maxMb, bool forceJsonLines = false)
    {
        foreach (var arg in args)
        {
            var files = Directory.Exists(arg) ? Directory.EnumerateFiles(arg, "*", SearchOption.AllDirectories).Order() : new[] { arg }.AsEnumerable();
            foreach (var file in files)
            {
                if (!File.Exists(file)) { yield return BatchItem.Failed($"{file}: no such file or directory"); continue; }
                var bytes = File.ReadAllBytes(file);
                string text = Encoding.UTF8.GetString(bytes);
                string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                yield return BatchItem.Of(new Document(Path.GetFileNameWithoutExtension(file) + "-" + hash[..8], file, "txt", text,
                    DocumentMetadata.Empty, hash, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }
        }
    }
}
