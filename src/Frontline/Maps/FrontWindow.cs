using Frontline.Geometry;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>A snapshot's front line and the other side's ground inside a window (projected metres), decided exactly or not at all.</summary>
/// <remarks>
/// <see cref="FrontLine.Extract"/> overlays all of Ukraine's ground with the held area; a diff needs the front line only
/// near the ground that changed hands. Here the ground is clipped to the window first. A piece of free ground that does
/// not reach the window's edge is a whole piece of the country-wide overlay, so its size is known; one that reaches the
/// edge is known to be large only when its part inside is already <see cref="FrontLine.MinGroundKm2"/>. Otherwise the
/// answer is "cannot tell here" (null), and the caller widens the window. Segments and probes are the same as
/// <see cref="FrontLine.Extract"/>'s, so whatever this class decides equals the country-wide answer.
/// </remarks>
internal sealed class FrontWindow
{
    private const double EdgeMetres = 1;
    private readonly IPointOnGeometryLocator _heldLocator;
    private readonly IPointOnGeometryLocator _large;
    private readonly IPointOnGeometryLocator? _unknown;
    private readonly Terrain _terrain;

    private FrontWindow(IPointOnGeometryLocator heldLocator, IPointOnGeometryLocator large, IPointOnGeometryLocator? unknown, Terrain terrain)
    {
        _heldLocator = heldLocator;
        _large = large;
        _unknown = unknown;
        _terrain = terrain;
    }

    /// <summary>The free ground of a held area inside <paramref name="window"/>; <paramref name="groundInWindow"/> is Ukraine's ground clipped to it.</summary>
    public static FrontWindow Build(MultiPolygon held, IPointOnGeometryLocator heldLocator, MultiPolygon groundInWindow, Envelope window, Terrain terrain)
    {
        var free = RobustOverlay.Difference(groundInWindow, held);
        var large = new List<Polygon>();
        var unknown = new List<Polygon>();
        for (var i = 0; i < free.NumGeometries; i++)
        {
            var piece = (Polygon)free.GetGeometryN(i);
            if (piece.Area >= FrontLine.MinGroundKm2 * 1e6)
            {
                large.Add(piece);
            }
            else if (ReachesEdge(piece.EnvelopeInternal, window))
            {
                unknown.Add(piece);
            }
        }
        return new FrontWindow(heldLocator,
            new IndexedPointInAreaLocator(Geo.Factory.CreateMultiPolygon(large.ToArray())),
            unknown.Count == 0 ? null : new IndexedPointInAreaLocator(Geo.Factory.CreateMultiPolygon(unknown.ToArray())),
            terrain);
    }

    /// <summary>Ukraine's ground clipped to a window (only ever an overlay's operand), shared by both snapshots of a pair.</summary>
    public static MultiPolygon Ground(Terrain terrain, Envelope window) => LocalOverlay.Clip(terrain.Ground, window);

    /// <summary>Whether a point is on the other side's ground (<see cref="FrontLine.OtherSideGround"/>, boundary included); null when this window cannot tell.</summary>
    public bool? IsOtherSide(Coordinate c) =>
        _large.Locate(c) != Location.Exterior ? true : _unknown is not null && _unknown.Locate(c) != Location.Exterior ? null : false;

    // FrontLine.Extract asks for the interior of the other side's ground at a probe.
    private bool? IsOtherSideInterior(Coordinate p) =>
        _large.Locate(p) == Location.Interior ? true : _unknown is not null && _unknown.Locate(p) != Location.Exterior ? null : false;

    /// <summary>The front-line segments among the <see cref="DensifiedRings"/> segments that intersect <paramref name="within"/>; null when a probe cannot be decided here.</summary>
    /// <remarks><paramref name="within"/> must lie at least <see cref="FrontLine.ReachMetres"/> inside the window.</remarks>
    /// <param name="near">When given, only segments that also intersect one of these boxes.</param>
    public List<LineSegment>? Segments(IReadOnlyList<Coordinate[]> densifiedRings, Envelope within, IReadOnlyList<Envelope>? near)
    {
        var result = new List<LineSegment>();
        foreach (var coords in densifiedRings)
        {
            for (var i = 0; i + 1 < coords.Length; i++)
            {
                var (a, b) = (coords[i], coords[i + 1]);
                if (Math.Max(a.X, b.X) < within.MinX || Math.Min(a.X, b.X) > within.MaxX || Math.Max(a.Y, b.Y) < within.MinY || Math.Min(a.Y, b.Y) > within.MaxY)
                {
                    continue;
                }
                if (near is not null && !near.Any(n => n.Intersects(new Envelope(a, b))))
                {
                    continue;
                }
                switch (FrontLine.IsFront(a, b, _heldLocator, IsOtherSideInterior, _terrain))
                {
                    case null:
                        return null;
                    case true:
                        result.Add(new LineSegment(a, b));
                        break;
                }
            }
        }
        return result;
    }

    /// <summary>Each ring of a held area densified as <see cref="FrontLine.Extract"/> densifies it, so the segments are the same to the last bit.</summary>
    public static IReadOnlyList<Coordinate[]> DensifiedRings(MultiPolygon held)
    {
        var rings = new List<Coordinate[]>();
        for (var p = 0; p < held.NumGeometries; p++)
        {
            var polygon = (Polygon)held.GetGeometryN(p);
            rings.Add(Densifier.Densify(polygon.ExteriorRing, FrontLine.SegmentMetres).Coordinates);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                rings.Add(Densifier.Densify(polygon.GetInteriorRingN(h), FrontLine.SegmentMetres).Coordinates);
            }
        }
        return rings;
    }

    private static bool ReachesEdge(Envelope piece, Envelope window) =>
        piece.MinX <= window.MinX + EdgeMetres || piece.MinY <= window.MinY + EdgeMetres ||
        piece.MaxX >= window.MaxX - EdgeMetres || piece.MaxY >= window.MaxY - EdgeMetres;
}
