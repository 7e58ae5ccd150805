using System.CommandLine;
using Ingest.Cli;

var root = new RootCommand("Ingest: reads CEPLAN planning reports from PDFs, recomputes their figures and lists what does not add up.");
root.Subcommands.Add(PdfCommands.Create());
return root.Parse(args).Invoke();
