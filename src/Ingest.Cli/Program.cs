return Ingest.Cli.IngestCommand.Run(args);
