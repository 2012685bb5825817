using Frontline.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Frontline.Tests.Maps;

/// <summary>Differences computed only where two areas' boundaries differ equal the whole overlay (planar WKT, known answers).</summary>
public sealed class LocalOverlayTests
{
    private static readonly WKTReader s_wkt = new(Geo.Services);

    private static MultiPolygon Area(string wkt) => Geo.AsMultiPolygon(s_wkt.Read(wkt));

    public static TheoryData<string, string, string, double, double, int> Cases => new()
    {
        {
            "a bite out of one edge, the rest shared",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))",
            "MULTIPOLYGON(((0 0, 10 0, 10 4, 8 4, 8 6, 10 6, 10 10, 0 10, 0 0)))",
            4, 0, 1
        },
        {
            "one side retreats here while the other advances there",
            "MULTIPOLYGON(((0 0, 100000 0, 100000 100000, 0 100000, 0 0)))",
            "MULTIPOLYGON(((0 0, 100000 0, 100000 40000, 90000 40000, 90000 50000, 100000 50000, 100000 100000, 0 100000, 0 70000, -5000 70000, -5000 60000, 0 60000, 0 0)))",
            100e6, 50e6, 2
        },
        {
            "an island only in the second map",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((50 50, 60 50, 60 60, 50 60, 50 50)))",
            0, 100, 1
        },
        {
            "a hole opens inside: its ring is the only change and encloses it",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2)))",
            36, 0, 1
        },
        {
            "the same rings stored in the other direction",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))",
            "MULTIPOLYGON(((0 0, 0 10, 10 10, 10 0, 0 0)))",
            0, 0, 0
        },
        {
            "nothing in common",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))",
            "MULTIPOLYGON(((5 5, 15 5, 15 15, 5 15, 5 5)))",
            75, 75, 1
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Differences_equal_the_whole_overlay(string why, string wktA, string wktB, double aMinusB, double bMinusA, int boxes)
    {
        var (a, b) = (Area(wktA), Area(wktB));
        var local = LocalOverlay.Differences(a, b);
        Assert.True(aMinusB == local.AMinusB.Area, $"{why}: A − B {local.AMinusB.Area}, expected {aMinusB}");
        Assert.True(bMinusA == local.BMinusA.Area, $"{why}: B − A {local.BMinusA.Area}, expected {bMinusA}");
        Assert.Equal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference).Area, local.AMinusB.Area, 9);
        Assert.Equal(OverlayNGRobust.Overlay(b, a, SpatialFunction.Difference).Area, local.BMinusA.Area, 9);
        Assert.Equal(boxes, local.Boxes.Count);
    }

    [Fact]
    public void Boxes_cover_every_changed_segment_and_do_not_touch()
    {
        // Segment by segment: the first map's bottom edge already has vertices where the second map's bite begins and ends.
        var a = Area("MULTIPOLYGON(((0 0, 400 0, 410 0, 1000 0, 1000 1000, 0 1000, 0 0)))");
        var b = Area("MULTIPOLYGON(((0 0, 400 0, 400 10, 410 10, 410 0, 1000 0, 1000 1000, 0 1000, 0 0)))");
        var boxes = LocalOverlay.ChangedBoxes(a, b);
        var box = Assert.Single(boxes);
        Assert.True(box.Covers(new Envelope(400, 410, 0, 10)));
        Assert.True(box.Width < 1000, "a change in one corner must not cover the whole square");
        var merged = LocalOverlay.Merge([new Envelope(0, 1, 0, 1), new Envelope(1, 2, 1, 2), new Envelope(5, 6, 5, 6)]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void A_clipped_area_is_an_overlay_operand_like_the_area_itself()
    {
        var a = Area("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 30 0, 30 10, 20 10, 20 0)))");
        var box = new Envelope(5, 25, -1, 5);
        var clipped = LocalOverlay.Clip(a, box);
        var cut = OverlayNGRobust.Overlay(clipped, Geo.Factory.ToGeometry(box), SpatialFunction.Intersection);
        Assert.Equal(OverlayNGRobust.Overlay(a, Geo.Factory.ToGeometry(box), SpatialFunction.Intersection).Area, cut.Area, 9);
        Assert.Equal(5 * 5 - 1 + 5 * 5, cut.Area, 9);
    }

    [Fact]
    public void Segment_distances_agree_with_a_plain_distance()
    {
        var line = s_wkt.Read("MULTILINESTRING((0 0, 10 0), (20 0, 20 10))");
        var index = new SegmentIndex(line);
        foreach (var (x, y) in new[] { (5.0, 3.0), (15.0, 0.0), (25.0, 12.0), (-3.0, -4.0) })
        {
            var p = new Coordinate(x, y);
            var expected = line.Distance(Geo.Factory.CreatePoint(p));
            Assert.Equal(expected, index.Distance(p), 12);
            Assert.True(index.IsWithin(p, expected));
            Assert.False(index.IsWithin(p, expected - 1e-6));
            Assert.Equal(expected, index.NearestPoint(p)!.Distance(p), 12);
        }
    }
}
