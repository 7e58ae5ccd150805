namespace Ingest.Pdf.Parsing;

/// <summary>Where an object lives: at a byte offset, or as the n-th object of an object stream.</summary>
internal readonly record struct XrefEntry(long Offset, int Generation, int ObjectStream, int Index)
{
    public bool InObjectStream => ObjectStream > 0;

    public static XrefEntry AtOffset(long offset, int generation) => new(offset, generation, 0, 0);

    public static XrefEntry InStream(int stream, int index) => new(0, 0, stream, index);
}
