global using Ingest.Pdf;
global using Ingest.Tables;
