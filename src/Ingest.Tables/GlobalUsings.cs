global using Ingest.Pdf;
