namespace Ingest.Audit.Recompute;

/// <summary>The semáforo bins of SPEC section 4: [0, 75), [75, 95), [95, 100], and ND.</summary>
internal static class Semaforo
{
    /// <summary>The index of the ND bin.</summary>
    public const int NotAvailable = 3;

    /// <summary>Gets the bin of an avance: 0 low, 1 medium, 2 high, 3 ND.</summary>
    public static int Bin(decimal? avance) => avance switch
    {
        null => NotAvailable,
        < 75m => 0,
        < 95m => 1,
        _ => 2,
    };

    /// <summary>Counts avances per bin: low, medium, high, ND.</summary>
    public static int[] Count(IEnumerable<decimal?> avances)
    {
        var counts = new int[4];
        foreach (var avance in avances)
        {
            counts[Bin(avance)]++;
        }

        return counts;
    }
}
