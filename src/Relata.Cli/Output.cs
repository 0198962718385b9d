using System.Text.Json;
using Relata.Export;
using Relata.Store;
using Spectre.Console;

namespace Relata.Cli;

/// <summary>Terminal and JSON output helpers shared by the commands.</summary>
internal static class Output
{
    public static bool IsTerminal => !Console.IsOutputRedirected;

    public static void Json<T>(T value)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(value, ExtractJson.Indented));
    }

    public static void Error(string line) => Console.Error.WriteLine(line);

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Renders FTS hit markers as bold yellow in a terminal and as »…« otherwise.</summary>
    public static string Highlight(string snippet, bool markup)
    {
        if (!markup) return snippet.Replace(HitMarkers.Open, "»").Replace(HitMarkers.Close, "«");
        return Markup.Escape(snippet).Replace(HitMarkers.Open, "[bold yellow]").Replace(HitMarkers.Close, "[/]");
    }

    /// <summary>Spectre console on stdout; wide when redirected so tables stay on one line per row.</summary>
    public static IAnsiConsole Console2 { get; } = CreateConsole();

    private static IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (!IsTerminal) console.Profile.Width = 200;
        return console;
    }
}
