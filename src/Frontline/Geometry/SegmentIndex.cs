using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Frontline.Geometry;

/// <summary>Distances from points to a fixed set of line segments (planar), indexed once.</summary>
/// <remarks>
/// Does what <see cref="NetTopologySuite.Operation.Distance.IndexedFacetDistance"/> does for a point, without building
/// a tree for every query point: the front-line code asks millions of such questions per series. For a polygon the
/// segments are its rings, so a point inside is as far as the nearest ring, as with IndexedFacetDistance.
/// </remarks>
public sealed class SegmentIndex
{
    private readonly STRtree<LineSegment> _tree = new();

    public SegmentIndex(IEnumerable<LineSegment> segments)
    {
        foreach (var s in segments)
        {
            _tree.Insert(new Envelope(s.P0, s.P1), s);
            Count++;
        }
        _tree.Build();
    }

    /// <summary>The segments of every line and ring of a geometry.</summary>
    public SegmentIndex(NetTopologySuite.Geometries.Geometry geometry) : this(Segments(geometry))
    {
    }

    /// <summary>The number of segments indexed.</summary>
    public int Count { get; }

    /// <summary>True when some segment lies within <paramref name="distance"/> of <paramref name="p"/> (inclusive).</summary>
    public bool IsWithin(Coordinate p, double distance)
    {
        var box = new Envelope(p);
        box.ExpandBy(distance);
        var found = false;
        _tree.Query(box, new Visitor(s => found = found || s.Distance(p) <= distance));
        return found;
    }

    /// <summary>The distance from <paramref name="p"/> to the nearest segment; infinity when there is none.</summary>
    public double Distance(Coordinate p) => Nearest(p) is { } s ? s.Distance(p) : double.PositiveInfinity;

    /// <summary>The point of the nearest segment closest to <paramref name="p"/>; null when there is none.</summary>
    public Coordinate? NearestPoint(Coordinate p) => Nearest(p)?.ClosestPoint(p);

    private LineSegment? Nearest(Coordinate p) =>
        Count == 0 ? null : _tree.NearestNeighbour(new Envelope(p), new LineSegment(p, p), PointToSegment.Instance);

    /// <summary>Every segment of every line and ring of a geometry.</summary>
    public static IEnumerable<LineSegment> Segments(NetTopologySuite.Geometries.Geometry geometry)
    {
        var result = new List<LineSegment>();
        geometry.Apply(new SegmentCollector(result));
        return result;
    }

    private sealed class Visitor(Action<LineSegment> visit) : NetTopologySuite.Index.IItemVisitor<LineSegment>
    {
        public void VisitItem(LineSegment item) => visit(item);
    }

    private sealed class SegmentCollector(List<LineSegment> into) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i + 1 < seq.Count; i++)
            {
                into.Add(new LineSegment(seq.GetCoordinate(i), seq.GetCoordinate(i + 1)));
            }
        }
    }

    /// <summary>The query item is a degenerate segment (the point); its distance to an indexed segment is the point's.</summary>
    private sealed class PointToSegment : IItemDistance<Envelope, LineSegment>
    {
        public static readonly PointToSegment Instance = new();

        public double Distance(IBoundable<Envelope, LineSegment> item1, IBoundable<Envelope, LineSegment> item2) =>
            item1.Item.Distance(item2.Item);
    }
}
