namespace Ingest.Tables.Lattice;

/// <summary>An axis-aligned line: at <see cref="Position"/> across the axis, from <see cref="Start"/> to <see cref="End"/> along it.</summary>
/// <remarks>For a horizontal line Position is y and Start/End are x; for a vertical line the reverse. Points, origin top left.</remarks>
internal readonly record struct Segment(double Position, double Start, double End)
{
    public bool Covers(double from, double to, double tolerance) => Start <= from + tolerance && End >= to - tolerance;
}
