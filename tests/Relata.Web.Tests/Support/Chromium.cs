namespace Relata.Web.Tests.Support;

/// <summary>Debian's chromium, which the browser tests drive; Playwright never downloads a browser here.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static readonly string[] Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>In CI the browser tests must run: a missing chromium fails them instead of skipping.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A browser test: skipped with the reason when chromium is absent, except in CI where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.MustRun)
            Skip = $"{Chromium.Path} is not installed (scripts/ensure-tools installs it with apt-get); browser tests need it";
    }
}
