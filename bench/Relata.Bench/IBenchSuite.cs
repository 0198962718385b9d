namespace Relata.Bench;

/// <summary>
/// One benchmark suite (`relata-bench &lt;name&gt;`). Suites time themselves, repeat, and report medians and
/// ratios against a baseline measured in the same run; they write their results into <c>docs/benchmarks.md</c>
/// through <see cref="BenchReport"/>.
/// </summary>
public interface IBenchSuite
{
    string Name { get; }

    string Description { get; }

    /// <param name="args">Arguments after the suite name.</param>
    /// <returns>Process exit code.</returns>
    int Run(string[] args);
}
