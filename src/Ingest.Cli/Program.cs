// An exception on another thread would end the process with the runtime's stack trace: log it and exit instead.
AppDomain.CurrentDomain.UnhandledException += (_, e) => Environment.Exit(Ingest.Cli.CrashLog.Report(e.ExceptionObject as Exception ?? new InvalidOperationException("Unknown error: " + e.ExceptionObject)));
return Ingest.Cli.IngestCommand.Run(args);
