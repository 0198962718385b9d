using Relata.Ingest;
using Relata.Ingest.JsonLines;

namespace Relata.Cli;

/// <summary>Bridges the CLI's input arguments to the library's ingest readers.</summary>
internal static class InputAdapter
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> args, int maxMb, bool forceJsonLines = false)
    {
        var options = new IngestOptions { MaxBytes = (long)maxMb * 1024 * 1024 };
        return IngestSource.Read(args, options, forceJsonLines ? new DocumentReaders([new JsonLinesReader()], new JsonLinesReader()) : null);
    }
}
