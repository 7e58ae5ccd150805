namespace Ingest.Pdf.Content;

/// <summary>An affine transform [a b c d e f] as in PDF: x' = a x + c y + e, y' = b x + d y + f.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>Returns this transform followed by <paramref name="next"/>.</summary>
    public Matrix Then(Matrix next) => new(
        (A * next.A) + (B * next.C),
        (A * next.B) + (B * next.D),
        (C * next.A) + (D * next.C),
        (C * next.B) + (D * next.D),
        (E * next.A) + (F * next.C) + next.E,
        (E * next.B) + (F * next.D) + next.F);

    public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    public (double X, double Y) ApplyDelta(double x, double y) => ((A * x) + (C * y), (B * x) + (D * y));

    public bool IsFinite => double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C) && double.IsFinite(D) && double.IsFinite(E) && double.IsFinite(F);

    public static Matrix FromOperands(ReadOnlySpan<double> v) => v.Length >= 6 ? new(v[0], v[1], v[2], v[3], v[4], v[5]) : Identity;
}
