using System.Globalization;
using System.Text;
using Frontline.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Frontline.Reports;

/// <summary>Draws the report's map as inline SVG: oblast outlines, Russian-held ground, ground each side gained, labelled towns.</summary>
/// <remarks>
/// Drawn by the project from its own boundary file, never web tiles, so the report is self-contained and offline.
/// Coordinates go through the same Albers equal-area projection the km² come from, so areas look as large as they measure.
/// </remarks>
public static class SvgMap
{
    public const int Width = 960;
    public const int Height = 640;

    /// <summary>Fill colours: Ukraine's gains blue, Russia's red, Russian-held ground pale red.</summary>
    public const string UaColour = "#1f6fd1";
    public const string RuColour = "#d1281f";
    public const string HeldColour = "#f3c9c4";

    private const double MinSpanMetres = 260_000;

    /// <summary>The SVG element (no XML declaration), ready to inline in HTML.</summary>
    public static string Render(SituationReport report)
    {
        var change = report.Change;
        var view = ViewBox(report);
        var scale = Math.Min(Width / view.Width, Height / view.Height);
        var tolerance = 0.6 / scale; // below a pixel: invisible, and keeps the file small
        var frame = Geo.Factory.ToGeometry(view);
        var svg = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"Map of ground that changed hands\" font-family=\"sans-serif\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f5ef\"/>");
        string Path(NetTopologySuite.Geometries.Geometry lonLat)
        {
            var projected = EqualArea.Project(lonLat);
            if (!projected.EnvelopeInternal.Intersects(view))
            {
                return "";
            }
            var simple = TopologyPreservingSimplifier.Simplify(projected, tolerance);
            NetTopologySuite.Geometries.Geometry clipped = simple;
            if (!view.Contains(simple.EnvelopeInternal))
            {
                clipped = RobustOverlay.Intersection(simple, frame);
            }
            return PathData(clipped, view, scale);
        }
        svg.Append(inv, $"<path d=\"{Path(report.HeldAtEnd)}\" fill=\"{HeldColour}\" stroke=\"none\" fill-rule=\"evenodd\"><title>held by Russia on {change.ToSnapshot.AsOf:yyyy-MM-dd}</title></path>");
        foreach (var oblast in report.Oblasts)
        {
            var d = Path(oblast.Area);
            if (d.Length > 0)
            {
                svg.Append(inv, $"<path d=\"{d}\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"0.8\" stroke-dasharray=\"4 2\"><title>{Html.Escape(oblast.FullName)}</title></path>");
            }
        }
        svg.Append(inv, $"<path d=\"{Path(change.UaGainedArea)}\" fill=\"{UaColour}\" fill-opacity=\"0.85\" stroke=\"{UaColour}\" stroke-width=\"0.5\" fill-rule=\"evenodd\"><title>gained by Ukraine: {change.UaGainedKm2:N0} km²</title></path>");
        svg.Append(inv, $"<path d=\"{Path(change.RuGainedArea)}\" fill=\"{RuColour}\" fill-opacity=\"0.85\" stroke=\"{RuColour}\" stroke-width=\"0.5\" fill-rule=\"evenodd\"><title>gained by Russia: {change.RuGainedKm2:N0} km²</title></path>");
        if (change.MaxAdvance is { } a)
        {
            var (x1, y1) = Pixel(a.FromLon, a.FromLat, view, scale);
            var (x2, y2) = Pixel(a.Lon, a.Lat, view, scale);
            svg.Append(inv, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"#111\" stroke-width=\"2.5\"/><circle cx=\"{x2:0.#}\" cy=\"{y2:0.#}\" r=\"4\" fill=\"#111\"><title>deepest advance: {a.Side} {a.DepthKm:0.0} km</title></circle>");
        }
        var placed = new List<(double X, double Y, double W)>();
        foreach (var town in report.Towns)
        {
            var (x, y) = Pixel(town.Lon, town.Lat, view, scale);
            // Towns come largest first; a smaller one whose label would overprint a placed one is left out.
            var w = 7.0 * town.Name.Length;
            if (x < 0 || y < 0 || x > Width || y > Height
                || placed.Any(p => x < p.X + p.W + 8 && p.X < x + w + 8 && Math.Abs(p.Y - y) < 16))
            {
                continue;
            }
            placed.Add((x, y, w));
            var colour = town.To switch { "UA" => UaColour, "RU" => RuColour, _ => "#222" };
            svg.Append(inv, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"1.5\"/>");
            svg.Append(inv, $"<text x=\"{x + 5:0.#}\" y=\"{y - 4:0.#}\" font-size=\"12\" fill=\"#111\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Html.Escape(town.Name)}</text>");
        }
        Legend(svg, report, view);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Legend(StringBuilder svg, SituationReport report, Envelope view)
    {
        var inv = CultureInfo.InvariantCulture;
        svg.Append("<g font-size=\"12\"><rect x=\"8\" y=\"8\" width=\"250\" height=\"84\" fill=\"#fff\" fill-opacity=\"0.9\" stroke=\"#999\"/>");
        svg.Append(inv, $"<rect x=\"16\" y=\"16\" width=\"14\" height=\"12\" fill=\"{UaColour}\"/><text x=\"36\" y=\"27\">gained by Ukraine</text>");
        svg.Append(inv, $"<rect x=\"16\" y=\"34\" width=\"14\" height=\"12\" fill=\"{RuColour}\"/><text x=\"36\" y=\"45\">gained by Russia</text>");
        svg.Append(inv, $"<rect x=\"16\" y=\"52\" width=\"14\" height=\"12\" fill=\"{HeldColour}\"/><text x=\"36\" y=\"63\">held by Russia on {report.Change.ToSnapshot.AsOf:yyyy-MM-dd}</text>");
        svg.Append(inv, $"<text x=\"16\" y=\"84\" fill=\"#444\">{Html.Escape(report.Source)}, {report.Change.FromSnapshot.AsOf:yyyy-MM-dd} → {report.Change.ToSnapshot.AsOf:yyyy-MM-dd}</text></g>");
        // Scale bar: a round number of km near a fifth of the width.
        var metresPerPixel = view.Width / Width;
        var km = new[] { 5, 10, 20, 25, 50, 100, 200 }.LastOrDefault(k => k * 1000 / metresPerPixel <= Width / 5.0, 5);
        var px = km * 1000 / metresPerPixel;
        svg.Append(inv, $"<g font-size=\"12\"><rect x=\"{Width - px - 24:0.#}\" y=\"{Height - 34}\" width=\"{px + 16:0.#}\" height=\"26\" fill=\"#fff\" fill-opacity=\"0.9\"/><line x1=\"{Width - px - 16:0.#}\" y1=\"{Height - 14}\" x2=\"{Width - 16}\" y2=\"{Height - 14}\" stroke=\"#111\" stroke-width=\"3\"/><text x=\"{Width - px - 16:0.#}\" y=\"{Height - 20}\">{km} km</text></g>");
    }

    /// <summary>The projected frame (metres): the ground that changed hands with a margin, at the SVG's aspect ratio.</summary>
    internal static Envelope ViewBox(SituationReport report)
    {
        var box = EqualArea.Project(report.Change.UaGainedArea).EnvelopeInternal.Copy();
        box.ExpandToInclude(EqualArea.Project(report.Change.RuGainedArea).EnvelopeInternal);
        if (box.IsNull)
        {
            box = EqualArea.Project(report.HeldAtEnd).EnvelopeInternal.Copy();
        }
        if (box.IsNull)
        {
            box = new Envelope(-700_000, 700_000, -450_000, 450_000); // Ukraine
        }
        var w = Math.Max(box.Width * 1.25, MinSpanMetres);
        var h = Math.Max(box.Height * 1.25, MinSpanMetres * Height / Width);
        // Widen one side so the frame has the picture's aspect ratio.
        if (w / h > (double)Width / Height)
        {
            h = w * Height / Width;
        }
        else
        {
            w = h * Width / Height;
        }
        var c = box.Centre;
        return new Envelope(c.X - w / 2, c.X + w / 2, c.Y - h / 2, c.Y + h / 2);
    }

    private static (double X, double Y) Pixel(double lon, double lat, Envelope view, double scale)
    {
        var (x, y) = EqualArea.Forward(lon, lat);
        return ((x - view.MinX) * scale, (view.MaxY - y) * scale);
    }

    private static string PathData(NetTopologySuite.Geometries.Geometry projected, Envelope view, double scale)
    {
        var d = new StringBuilder();
        for (var i = 0; i < projected.NumGeometries; i++)
        {
            if (projected.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }
            Ring(d, polygon.ExteriorRing, view, scale);
            foreach (var hole in polygon.InteriorRings)
            {
                Ring(d, hole, view, scale);
            }
        }
        return d.ToString();
    }

    private static void Ring(StringBuilder d, LineString ring, Envelope view, double scale)
    {
        var seq = ring.CoordinateSequence;
        if (seq.Count < 4)
        {
            return;
        }
        for (var i = 0; i < seq.Count - 1; i++)
        {
            var x = (seq.GetX(i) - view.MinX) * scale;
            var y = (view.MaxY - seq.GetY(i)) * scale;
            d.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }
        d.Append('Z');
    }
}
