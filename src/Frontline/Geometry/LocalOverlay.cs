using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;

namespace Frontline.Geometry;

/// <summary>
/// Differences of two polygonal areas that share most of their boundary (consecutive maps of one publisher),
/// overlaid only where their boundaries differ.
/// </summary>
/// <remarks>
/// A boundary segment present in both areas (same end points, either direction, same count) is shared. The
/// segments that are not are grouped into clusters whose envelopes touch, and overlapping cluster boxes are
/// merged until the boxes are disjoint. Outside the boxes the two areas are equal: a ray from such a point
/// that avoids the boxes crosses only shared segments, as often in one area as in the other; and each piece
/// of the symmetric difference is enclosed by a connected chain of unshared segments, so it lies in one box.
/// Hence A − B = ⋃ (A ∩ box) − (B ∩ box), exactly, at the cost of the changed neighbourhoods only.
/// </remarks>
public static class LocalOverlay
{
    /// <summary>Boxes are widened by this much (planar units) so that a clip edge never runs along a changed vertex.</summary>
    private const double Margin = 100;

    /// <summary>Both differences of two polygonal areas, and the disjoint boxes outside which the areas are equal.</summary>
    public static (MultiPolygon AMinusB, MultiPolygon BMinusA, IReadOnlyList<Envelope> Boxes) Differences(MultiPolygon a, MultiPolygon b)
    {
        var boxes = ChangedBoxes(a, b);
        var aMinusB = new List<Polygon>();
        var bMinusA = new List<Polygon>();
        foreach (var box in boxes)
        {
            var ca = Clip(a, box);
            var cb = Clip(b, box);
            Add(RobustOverlay.Difference(ca, cb), aMinusB);
            Add(RobustOverlay.Difference(cb, ca), bMinusA);
        }
        return (Geo.Factory.CreateMultiPolygon(aMinusB.ToArray()), Geo.Factory.CreateMultiPolygon(bMinusA.ToArray()), boxes);
    }

    /// <summary>An area's rings clipped to a box, as OverlayNG clips its inputs before noding (<see cref="RingClipper"/>).</summary>
    /// <remarks>
    /// Not an overlay and not always a valid polygon: where the area leaves the box, a clipped ring runs along the box's
    /// edge, and such edges may coincide. That is the input OverlayNG builds from internally, and it resolves them when
    /// the clipped area is an operand of an overlay, which is the only use of the result. Linear in the rings' size.
    /// </remarks>
    public static MultiPolygon Clip(MultiPolygon area, Envelope box)
    {
        var clipper = new RingClipper(box);
        var polygons = new List<Polygon>();
        for (var p = 0; p < area.NumGeometries; p++)
        {
            var polygon = (Polygon)area.GetGeometryN(p);
            var env = polygon.EnvelopeInternal;
            if (!box.Intersects(env))
            {
                continue;
            }
            if (box.Covers(env))
            {
                polygons.Add(polygon);
                continue;
            }
            if (ClipRing(polygon.ExteriorRing, box, clipper) is not { } shell)
            {
                continue;
            }
            var holes = new List<LinearRing>();
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                if (ClipRing(polygon.GetInteriorRingN(h), box, clipper) is { } hole)
                {
                    holes.Add(hole);
                }
            }
            polygons.Add(Geo.Factory.CreatePolygon(shell, holes.ToArray()));
        }
        return Geo.Factory.CreateMultiPolygon(polygons.ToArray());
    }

    private static LinearRing? ClipRing(LineString ring, Envelope box, RingClipper clipper)
    {
        if (!box.Intersects(ring.EnvelopeInternal))
        {
            return null;
        }
        var coords = box.Covers(ring.EnvelopeInternal) ? ring.Coordinates : clipper.Clip(ring.Coordinates);
        return coords.Length >= 4 ? Geo.Factory.CreateLinearRing(coords) : null;
    }

    /// <summary>Disjoint boxes covering every boundary segment one area has and the other lacks; empty when the boundaries are equal.</summary>
    public static IReadOnlyList<Envelope> ChangedBoxes(MultiPolygon a, MultiPolygon b)
    {
        var counts = new Dictionary<(double, double, double, double), int>();
        Count(a, counts, +1);
        Count(b, counts, -1);
        var envelopes = counts.Where(kv => kv.Value != 0).Select(kv =>
        {
            var (x1, y1, x2, y2) = kv.Key;
            var e = new Envelope(x1, x2, y1, y2);
            e.ExpandBy(Margin);
            return e;
        }).ToList();
        return Merge(envelopes);
    }

    /// <summary>Merges envelopes that intersect (transitively) until no two of the results do.</summary>
    public static IReadOnlyList<Envelope> Merge(IReadOnlyList<Envelope> envelopes)
    {
        var current = envelopes.ToList();
        while (true)
        {
            var merged = MergeOnce(current);
            if (merged.Count == current.Count)
            {
                return merged;
            }
            current = merged;
        }
    }

    private static List<Envelope> MergeOnce(List<Envelope> envelopes)
    {
        if (envelopes.Count <= 1)
        {
            return envelopes;
        }
        var parent = Enumerable.Range(0, envelopes.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        var tree = new STRtree<int>();
        for (var i = 0; i < envelopes.Count; i++)
        {
            tree.Insert(envelopes[i], i);
        }
        for (var i = 0; i < envelopes.Count; i++)
        {
            foreach (var j in tree.Query(envelopes[i]))
            {
                var (ri, rj) = (Find(i), Find(j));
                if (ri != rj)
                {
                    parent[ri] = rj;
                }
            }
        }
        var boxes = new Dictionary<int, Envelope>();
        for (var i = 0; i < envelopes.Count; i++)
        {
            var root = Find(i);
            if (boxes.TryGetValue(root, out var box))
            {
                box.ExpandToInclude(envelopes[i]);
            }
            else
            {
                boxes[root] = envelopes[i].Copy();
            }
        }
        return boxes.Values.ToList();
    }

    private static void Count(MultiPolygon area, Dictionary<(double, double, double, double), int> counts, int sign)
    {
        for (var p = 0; p < area.NumGeometries; p++)
        {
            var polygon = (Polygon)area.GetGeometryN(p);
            CountRing(polygon.ExteriorRing, counts, sign);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                CountRing(polygon.GetInteriorRingN(h), counts, sign);
            }
        }
    }

    private static void CountRing(LineString ring, Dictionary<(double, double, double, double), int> counts, int sign)
    {
        var seq = ring.CoordinateSequence;
        for (var i = 0; i + 1 < seq.Count; i++)
        {
            double x1 = seq.GetX(i), y1 = seq.GetY(i), x2 = seq.GetX(i + 1), y2 = seq.GetY(i + 1);
            // Undirected: a ring may be stored clockwise in one map and anticlockwise in the next.
            var key = x1 < x2 || x1 == x2 && y1 <= y2 ? (x1, y1, x2, y2) : (x2, y2, x1, y1);
            counts[key] = counts.GetValueOrDefault(key) + sign;
        }
    }

    private static void Add(MultiPolygon pieces, List<Polygon> into)
    {
        for (var i = 0; i < pieces.NumGeometries; i++)
        {
            into.Add((Polygon)pieces.GetGeometryN(i));
        }
    }
}
