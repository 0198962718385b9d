namespace Relata.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    /// <summary>The command ran, but some input failed.</summary>
    public const int InputFailed = 2;
}
