namespace Relata.Bench;

public static class BenchRunner
{
    public static IReadOnlyList<IBenchSuite> Suites { get; } = typeof(BenchRunner).Assembly.GetTypes()
        .Where(t => typeof(IBenchSuite).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (IBenchSuite)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Name, StringComparer.Ordinal)
        .ToList();

    public static int Run(string[] args)
    {
        var suite = args.Length > 0 ? Suites.FirstOrDefault(s => s.Name == args[0]) : null;
        if (suite is null)
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Relata.Bench -- <suite> [args]");
            foreach (var s in Suites) Console.Error.WriteLine($"  {s.Name,-14} {s.Description}");
            return 1;
        }
        return suite.Run(args[1..]);
    }
}
