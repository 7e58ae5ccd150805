global using Ingest.Ceplan.Model;
global using Ingest.Pdf;
