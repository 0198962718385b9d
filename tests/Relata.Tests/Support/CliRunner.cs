using System.Diagnostics;

namespace Relata.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real `relata` program in a child process, as a user would.</summary>
public static class CliRunner
{
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "relata.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(CliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("RELATA_DB");
        return psi;
    }

    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, stdin: null, args);

    public static CliResult RunWithInput(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("relata " + string.Join(' ', args) + " did not finish");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
