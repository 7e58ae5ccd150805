using Ingest.Pdf.Graphics;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

internal sealed partial class ContentInterpreter
{
    private const int MaxPathPoints = 1_000_000;
    private int pathPoints;

    private bool PathOperator(string op)
    {
        switch (op)
        {
            case "m":
                if (!HasNumbers(2))
                {
                    return false;
                }

                var mv = Nums(2);
                FinishSubpath(false);
                currentSubpath = [Point(mv[0], mv[1])];
                currentHasCurves = false;
                return true;
            case "l":
                if (!HasNumbers(2))
                {
                    return false;
                }

                var lv = Nums(2);
                AddPoint(Point(lv[0], lv[1]));
                return true;
            case "c":
                if (!HasNumbers(6))
                {
                    return false;
                }

                var cv = Nums(6);
                currentHasCurves = true;
                AddPoint(Point(cv[4], cv[5]));
                return true;
            case "v" or "y":
                if (!HasNumbers(4))
                {
                    return false;
                }

                var vv = Nums(4);
                currentHasCurves = true;
                AddPoint(Point(vv[2], vv[3]));
                return true;
            case "h":
                FinishSubpath(true);
                return true;
            case "re":
                if (!HasNumbers(4))
                {
                    return false;
                }

                var r = Nums(4);
                FinishSubpath(false);
                if (pathPoints + 4 <= MaxPathPoints)
                {
                    pathPoints += 4;
                    path.Add(new Subpath(
                        [Point(r[0], r[1]), Point(r[0] + r[2], r[1]), Point(r[0] + r[2], r[1] + r[3]), Point(r[0], r[1] + r[3])],
                        Closed: true,
                        HasCurves: false));
                }

                return true;
            default:
                return false;
        }
    }

    private PathPoint Point(double x, double y)
    {
        var (dx, dy) = state.Ctm.Apply(x, y);
        return new PathPoint(dx, dy);
    }

    private void AddPoint(PathPoint p)
    {
        if (pathPoints >= MaxPathPoints)
        {
            return;
        }

        pathPoints++;
        currentSubpath ??= [p];
        currentSubpath.Add(p);
    }

    private void FinishSubpath(bool close)
    {
        if (currentSubpath is { Count: > 0 })
        {
            path.Add(new Subpath(currentSubpath, close, currentHasCurves));
        }

        currentSubpath = close && currentSubpath is { Count: > 0 } ? [currentSubpath[0]] : null;
        if (close)
        {
            // After h the current point is the subpath's start; a following l starts a new open subpath from it.
            currentHasCurves = false;
        }
    }

    private void PaintPath(string op)
    {
        var close = op is "s" or "b" or "b*";
        FinishSubpath(close);
        var stroked = op is "S" or "s" or "B" or "B*" or "b" or "b*";
        var filled = op is "f" or "F" or "f*" or "B" or "B*" or "b" or "b*";
        var subpaths = path.Where(sp => sp.Points.Count > 1 || sp.Closed).ToList();
        if ((stroked || filled) && subpaths.Count > 0 && Paths.Count < 500_000)
        {
            var c = state.Ctm;
            var scale = Math.Sqrt(Math.Abs((c.A * c.D) - (c.B * c.C)));
            Paths.Add(new PaintedPath(subpaths, stroked, filled, state.LineWidth * scale, state.StrokeColor, state.FillColor));
        }

        path.Clear();
        currentSubpath = null;
        currentHasCurves = false;
    }

    private bool ColorOperator(string op, PdfDictionary? resources)
    {
        var stroke = char.IsUpper(op[0]);
        switch (op)
        {
            case "g" or "G":
                if (!HasNumbers(1))
                {
                    return false;
                }

                SetColor(stroke, Gray(Nums(1)[0]), 1);
                return true;
            case "rg" or "RG":
                if (!HasNumbers(3))
                {
                    return false;
                }

                var rgb = Nums(3);
                SetColor(stroke, new PdfColor(rgb[0], rgb[1], rgb[2]), 3);
                return true;
            case "k" or "K":
                if (!HasNumbers(4))
                {
                    return false;
                }

                SetColor(stroke, Cmyk(Nums(4)), 4);
                return true;
            case "cs" or "CS":
                if (operands.Count == 0 || operands[^1].Object is not PdfName space)
                {
                    return false;
                }

                var n = ComponentCount(space.Value, resources);
                // Selecting a colour space resets the colour to its initial value, black in the device spaces.
                SetColor(stroke, PdfColor.Black, n);
                return true;
            default:
                // sc, SC, scn, SCN: the numeric operands in the current colour space (a pattern name may follow).
                var values = operands.Where(o => o.IsNumber).Select(o => o.Number).ToArray();
                var comps = stroke ? state.StrokeComponents : state.FillComponents;
                var color = values.Length switch
                {
                    0 => stroke ? state.StrokeColor : state.FillColor,
                    _ when comps == 3 && values.Length >= 3 => new PdfColor(values[0], values[1], values[2]),
                    _ when comps == 4 && values.Length >= 4 => Cmyk(values),
                    _ when values.Length >= 4 => Cmyk(values),
                    _ when values.Length == 3 => new PdfColor(values[0], values[1], values[2]),
                    _ => Gray(comps == 1 ? values[0] : 1 - values[0]),
                };
                SetColor(stroke, color, comps);
                return true;
        }
    }

    private void SetColor(bool stroke, PdfColor color, int components)
    {
        if (stroke)
        {
            state.StrokeColor = color;
            state.StrokeComponents = components;
        }
        else
        {
            state.FillColor = color;
            state.FillComponents = components;
        }
    }

    private int ComponentCount(string name, PdfDictionary? resources)
    {
        switch (name)
        {
            case "DeviceGray" or "G" or "CalGray":
                return 1;
            case "DeviceRGB" or "RGB" or "CalRGB" or "Lab":
                return 3;
            case "DeviceCMYK" or "CMYK":
                return 4;
            case "Pattern":
                return 0;
        }

        var cs = store.Resolve(store.ResolveDictionary(resources?["ColorSpace"])?[name]);
        if (cs is PdfArray arr && arr.Count > 0 && store.Resolve(arr[0]) is PdfName family)
        {
            switch (family.Value)
            {
                case "ICCBased" when arr.Count > 1 && store.Resolve(arr[1]) is PdfStream icc:
                    return store.GetNumber(icc.Dictionary, "N") is { } n ? (int)n : 3;
                case "CalRGB" or "Lab":
                    return 3;
                case "CalGray":
                    return 1;
                case "DeviceN" when arr.Count > 1 && store.Resolve(arr[1]) is PdfArray names:
                    return Math.Max(1, names.Count) == 4 ? 4 : 1;
                case "Separation" or "Indexed":
                    // A tint or index: shown as a grey of the same darkness, which is enough to tell lines from shading.
                    return -1;
            }
        }

        return cs is PdfName n2 ? ComponentCount(n2.Value, null) : 1;
    }

    private static PdfColor Gray(double g) => new(g, g, g);

    private static PdfColor Cmyk(ReadOnlySpan<double> v)
    {
        var k = v[^1];
        return new PdfColor((1 - v[0]) * (1 - k), (1 - v[1]) * (1 - k), (1 - v[2]) * (1 - k));
    }
}
