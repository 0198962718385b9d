return Relata.Bench.BenchRunner.Run(args);
