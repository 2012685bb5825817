using Frontline.Geometry;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>The part of a held area's boundary that faces ground the other side holds (projected metres).</summary>
/// <param name="OtherSideGround">The ground the line faces: Ukraine's land less water, less the held area, in pieces of at least <see cref="MinGroundKm2"/>.</param>
/// <remarks>
/// The other side's ground is Ukraine's land, less lakes and reservoirs, less the held area, kept only where it
/// forms a piece of at least <see cref="MinGroundKm2"/>: so a river delta or a strip of bank between two held
/// shores, which publishers often leave unmarked, is not "ground the other side holds". Each boundary segment
/// (densified to <see cref="SegmentMetres"/>) is probed on its outer side, <see cref="ProbeMetres"/> out: it is
/// front line when the probe lands on that ground at least <see cref="CoastMarginMetres"/> from the coast or
/// state border. So coasts, the state border, reservoir shores and rivers with both banks held are not front
/// line, while a river between the two sides is. Publishers draw coasts differently by up to a kilometre,
/// hence the margin.
/// </remarks>
public sealed record FrontLine(MultiLineString Line, double LengthKm, MultiPolygon OtherSideGround)
{
    public const double SegmentMetres = 500;
    public const double ProbeMetres = 1500;
    public const double CoastMarginMetres = 1000;
    public const double MinGroundKm2 = 1000;
    private const double SideMetres = 50;

    /// <summary>Extracts the front line of a projected held area.</summary>
    public static FrontLine Extract(MultiPolygon heldProjected, Terrain terrain)
    {
        var held = new IndexedPointInAreaLocator(heldProjected);
        var free = RobustOverlay.Difference(terrain.Ground, heldProjected);
        var otherSide = Geo.Factory.CreateMultiPolygon(
            Enumerable.Range(0, free.NumGeometries).Select(i => (Polygon)free.GetGeometryN(i)).Where(p => p.Area >= MinGroundKm2 * 1e6).ToArray());
        var ground = new IndexedPointInAreaLocator(otherSide);
        var boundary = Densifier.Densify(heldProjected.Boundary, SegmentMetres);
        var lines = new List<LineString>();
        for (var g = 0; g < boundary.NumGeometries; g++)
        {
            var ring = (LineString)boundary.GetGeometryN(g);
            var coords = ring.Coordinates;
            var run = new List<Coordinate>();
            for (var i = 0; i + 1 < coords.Length; i++)
            {
                if (IsFront(coords[i], coords[i + 1], held, p => ground.Locate(p) == Location.Interior, terrain) == true)
                {
                    if (run.Count == 0)
                    {
                        run.Add(coords[i]);
                    }
                    run.Add(coords[i + 1]);
                }
                else
                {
                    Flush(run, lines);
                }
            }
            Flush(run, lines);
        }
        var line = Geo.Factory.CreateMultiLineString(lines.ToArray());
        return new FrontLine(line, line.Length / 1000, otherSide);
    }

    /// <summary>Whether a boundary segment faces the other side's ground; null when <paramref name="isOtherSide"/> cannot tell for its probe.</summary>
    internal static bool? IsFront(Coordinate a, Coordinate b, IPointOnGeometryLocator held, Func<Coordinate, bool?> isOtherSide, Terrain terrain)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length == 0)
        {
            return false;
        }
        double nx = -dy / length, ny = dx / length;
        var mid = new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var leftHeld = held.Locate(Offset(mid, nx, ny, SideMetres)) == Location.Interior;
        var rightHeld = held.Locate(Offset(mid, -nx, -ny, SideMetres)) == Location.Interior;
        if (leftHeld == rightHeld)
        {
            return false;
        }
        var sign = leftHeld ? -1 : 1;
        var probe = Offset(mid, sign * nx, sign * ny, ProbeMetres);
        return isOtherSide(probe) switch
        {
            false => false,
            true => terrain.IsAwayFromEdge(probe, CoastMarginMetres),
            // Near the coast or border the segment is not front line, whatever the ground beyond.
            null => terrain.IsAwayFromEdge(probe, CoastMarginMetres) ? null : false,
        };
    }

    /// <summary>How far from a boundary segment its classification looks: the probe, plus half a densified segment.</summary>
    internal const double ReachMetres = ProbeMetres + SegmentMetres / 2 + SideMetres;

    private static Coordinate Offset(Coordinate c, double nx, double ny, double metres) => new(c.X + nx * metres, c.Y + ny * metres);

    private static void Flush(List<Coordinate> run, List<LineString> into)
    {
        if (run.Count >= 2)
        {
            into.Add(Geo.Factory.CreateLineString(run.ToArray()));
        }
        run.Clear();
    }
}
