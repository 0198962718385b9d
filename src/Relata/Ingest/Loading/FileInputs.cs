namespace Relata.Ingest.Loading;

/// <summary>Files and directories: directories are walked lazily in ordinal order, skipping hidden entries and unsupported extensions.</summary>
internal static class FileInputs
{
    public static IEnumerable<LoadedInput> Expand(string path, IngestOptions options, Func<string, bool> isSupportedExtension)
    {
        if (File.Exists(path))
        {
            yield return ReadFile(path, options);
            yield break;
        }
        if (!Directory.Exists(path))
        {
            yield return LoadedInput.Failed(path, "no such file or directory");
            yield break;
        }
        foreach (var file in Walk(path, isSupportedExtension))
            yield return ReadFile(file, options);
    }

    public static LoadedInput ReadFile(string path, IngestOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes) return LoadedInput.Failed(path, SizeLimit.Reason(options.MaxBytes));
            using var stream = info.OpenRead();
            var bytes = SizeLimit.ReadAll(stream, options.MaxBytes);
            return bytes is null
                ? LoadedInput.Failed(path, SizeLimit.Reason(options.MaxBytes))
                : LoadedInput.Ok(new SourceInput(path, bytes) { Modified = File.GetLastWriteTimeUtc(path) });
        }
        catch (UnauthorizedAccessException e)
        {
            return LoadedInput.Failed(path, "permission denied", e);
        }
        catch (FileNotFoundException e)
        {
            return LoadedInput.Failed(path, "no such file or directory", e);
        }
        catch (IOException e)
        {
            return LoadedInput.Failed(path, $"read error: {e.Message}", e);
        }
    }

    private static IEnumerable<string> Walk(string directory, Func<string, bool> isSupportedExtension)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(current);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                if (IsHidden(entry)) continue;
                if (Directory.Exists(entry)) subdirectories.Add(entry);
                else if (isSupportedExtension(Path.GetExtension(entry).ToLowerInvariant())) yield return entry;
            }
            // Files of a folder first, then its subfolders in order (stack: push in reverse).
            for (int i = subdirectories.Count - 1; i >= 0; i--) pending.Push(subdirectories[i]);
        }
    }

    private static bool IsHidden(string entry)
    {
        string name = Path.GetFileName(entry);
        if (name.StartsWith('.')) return true;
        try
        {
            return (File.GetAttributes(entry) & FileAttributes.Hidden) != 0;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
