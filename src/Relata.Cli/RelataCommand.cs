using System.CommandLine;
using Relata.Cli.Commands;

namespace Relata.Cli;

public static class RelataCommand
{
    public static int Run(string[] args)
    {
        var root = Build();
        return root.Parse(args).Invoke();
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("Relata: a sourced, time-aware model of actors, events, claims and figures from reporting.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(KnowledgeAccess.Kb);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DocsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(ActorCommand.Create());
        root.Subcommands.Add(FiguresCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(DyadCommand.Create());
        root.Subcommands.Add(NetworkCommand.Create());
        root.Subcommands.Add(InstrumentsCommand.Create());
        root.Subcommands.Add(TrackerCommand.Create());
        root.Subcommands.Add(CorroborationCommand.Create());
        root.Subcommands.Add(DossierCommand.Create());
        return root;
    }
}
