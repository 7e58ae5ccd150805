global using Ingest.Audit;
global using Ingest.Ceplan.Model;
global using Ingest.Storage;
