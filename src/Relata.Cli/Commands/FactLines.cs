using System.Globalization;
using Relata.Export;
using Spectre.Console;

namespace Relata.Cli.Commands;

/// <summary>The facts found in one sentence, one indented line each, for `relata show`.</summary>
internal static class FactLines
{
    public static void Write(IAnsiConsole console, ExtractDocument facts, int sentence, int start, int end)
    {
        bool Inside(int offset) => offset >= start && offset < end;
        var actors = facts.Mentions.Where(m => m.Sentence == sentence && m.Kind == "actor" && m.Actor is not null)
            .Select(m => $"{m.Text} → {m.Actor!.Id}{(m.Actor.Code is null ? "" : " " + m.Actor.Code)}{(m.Actor.Role is null ? "" : $" ({m.Actor.Role})")}")
            .Distinct().ToList();
        Line(console, "actors", string.Join("; ", actors));
        Line(console, "dates", string.Join("; ", facts.Timexes.Where(t => Inside(t.Start))
            .Select(t => $"{t.Text} = {t.Value}{(t.Citation ? " (citation)" : "")}{(t.Rejected is null ? "" : $" (rejected: {t.Rejected})")}")));
        Line(console, "figures", string.Join("; ", facts.Quantities.Where(q => Inside(q.Start))
            .Select(q => $"{q.Text} = {q.Value.ToString(CultureInfo.InvariantCulture)} {q.Unit}{(q.Measure is null ? "" : $" of {q.Measure.Text}")}{(q.Period is null ? "" : $" in {q.Period.Value}")}")));
        foreach (var e in facts.Events.Where(e => e.Evidence.Sentence == sentence))
            Line(console, "event", $"{e.Source?.Name ?? "—"} {e.Cameo} {e.CameoName} {e.Target?.Name ?? "—"}"
                + $" [{e.Modality}{(e.Date is null ? "" : $", {e.Date.Value} from {e.Date.From}")}{(e.Location is null ? "" : $", {e.Location.Name}")}]");
        foreach (var c in facts.Claims.Where(c => c.Evidence.Sentence == sentence))
            Line(console, "claim", $"{c.Speaker.Name}{(c.Speaker.Id is null ? "" : $" ({c.Speaker.Id})")} {c.Cue.Lemma}{(c.Quoted ? " [quote]" : "")}: {Output.Clip(c.Text, 120)}");
        Line(console, "topics", string.Join(", ", facts.Topics.Where(t => t.Sentence == sentence).Select(t => t.Topic)));
    }

    private static void Line(IAnsiConsole console, string label, string text)
    {
        if (text.Length > 0) console.MarkupLine($"       [blue]{label}[/] {Markup.Escape(text)}");
    }
}
