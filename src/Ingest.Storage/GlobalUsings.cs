global using Ingest.Audit;
global using Ingest.Ceplan.Model;
