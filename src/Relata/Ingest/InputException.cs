namespace Relata.Ingest;

/// <summary>One input could not be used. The message is a single line: "{input}: {reason}".</summary>
public sealed class InputException(string input, string reason, Exception? inner = null)
    : Exception($"{input}: {reason}", inner)
{
    public string Input { get; } = input;
    public string Reason { get; } = reason;
}
