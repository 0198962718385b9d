namespace Relata.Cli;

public static class RelataCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("relata: not implemented yet");
        return args.Length == 0 ? 1 : 1;
    }
}
