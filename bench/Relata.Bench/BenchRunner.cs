namespace Relata.Bench;

public static class BenchRunner
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("usage: relata-bench <suite>");
        return args.Length == 0 ? 1 : 1;
    }
}
