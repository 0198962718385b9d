using System.CommandLine;
using System.Globalization;
using Relata.Actors;
using Relata.Analysis;
using Relata.Store;

namespace Relata.Cli.Commands;

/// <summary>Options and actor resolution the analysis commands share.</summary>
internal sealed class AnalysisOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "From this date (TIMEX3: 2015, 2021-08, 2021-08-15); a fact counts when its whole date lies in the period." };
    public Option<string?> To { get; } = new("--to") { Description = "Up to this date, inclusive (2025 includes all of 2025)." };
    public Option<string?> Topic { get; } = new("--topic") { Description = "Only facts in this policy area: diplomacy, security, narcotics, trade, energy, transit, labour_migration, …" };
    public Option<bool> Json { get; } = GlobalOptions.Json();

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Topic);
        command.Options.Add(Json);
    }

    /// <summary>Validates the period, opens the store and the knowledge base, then runs the command's body.</summary>
    public int Run(ParseResult parse, Func<IRelataStore, ActorKnowledgeBase, int> body)
    {
        if (!ValidPeriod(parse)) return ExitCodes.Usage;
        using var store = StoreAccess.OpenExisting(parse);
        if (store is null) return ExitCodes.Usage;
        if (KnowledgeAccess.Load(parse) is not { } kb) return ExitCodes.Usage;
        return body(store, kb);
    }

    /// <summary>The "nothing found" line of every analysis command (exit code 0: the question was answered).</summary>
    public static int Nothing(string what, AnalysisFilter filter)
    {
        string period = filter.HasPeriod ? $" between {filter.From ?? "the start"} and {filter.To ?? "now"}" : "";
        string topic = filter.Topic is null ? "" : $" on {filter.Topic}";
        Console.Out.WriteLine($"No {what}{topic}{period} in the store.");
        return ExitCodes.Success;
    }

    public AnalysisFilter Filter(ParseResult parse) => new(parse.GetValue(From), parse.GetValue(To), parse.GetValue(Topic));

    /// <summary>Checks --from/--to are TIMEX3 dates; prints one line and returns false when not.</summary>
    public bool ValidPeriod(ParseResult parse)
    {
        foreach (var (name, value) in new[] { ("--from", parse.GetValue(From)), ("--to", parse.GetValue(To)) })
            if (value is not null && TimexSpan.Parse(value) is null)
            {
                Output.Error($"{name} {value}: not a date; use 2015, 2021-08 or 2021-08-15");
                return false;
            }
        return true;
    }

    /// <summary>Resolves what the analyst typed to a side: a knowledge-base actor (with its bodies and people), or an id
    /// the store holds. Unknown → one line with suggestions and null.</summary>
    public static ActorScope? Resolve(ActorKnowledgeBase kb, IRelataStore store, string query)
    {
        if (kb.Find(query) is [var actor, ..]) return ActorScope.From(kb, actor);
        var stored = store.ActorCounts().FirstOrDefault(a => a.ActorId == query || string.Equals(a.Name, query, StringComparison.OrdinalIgnoreCase));
        if (stored is not null) return ActorScope.Exact(stored.ActorId, stored.Name);
        Output.Error(kb.NoSuchActor(query));
        return null;
    }

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Signed(double? value) => value is null ? "—" : value.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    public static string Evidence(EvidenceRef e, int clip = 90) => $"{e.DocumentId}#{e.Sentence}: {Output.Clip(e.SentenceText, clip)}";
}
