return Relata.Cli.RelataCommand.Run(args);
