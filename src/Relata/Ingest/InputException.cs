namespace Relata.Ingest;

/// <summary>One input (or one record of it) could not be used. The message is a single line: "{input}: {reason}".</summary>
public sealed class InputException(string input, string reason, Exception? inner = null)
    : Exception($"{OneLine(input)}: {OneLine(reason)}", inner)
{
    /// <summary>Path, URL or "file:line" of what failed.</summary>
    public string Input { get; } = OneLine(input);

    /// <summary>Short phrase such as "empty input", "http 404", "no such file or directory".</summary>
    public string Reason { get; } = OneLine(reason);

    private static string OneLine(string s) =>
        s.Contains('\n') || s.Contains('\r') ? string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : s;
}
