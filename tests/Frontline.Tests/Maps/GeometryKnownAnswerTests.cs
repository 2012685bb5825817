using Frontline.Geometry;
using Frontline.Maps;
using Frontline.Places;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Frontline.Tests.Maps;

public sealed class GeometryKnownAnswerTests
{
    private static readonly WKTReader s_wkt = new(Geo.Services);

    /// <summary>Densified, so edges follow parallels as real maps' dense vertices do.</summary>
    private static MultiPolygon Area(string wkt) => Geo.AsMultiPolygon(Densifier.Densify(s_wkt.Read(wkt), 0.01));

    /// <summary>Exact area of a latitude/longitude quadrangle on the WGS 84 ellipsoid (authalic formula).</summary>
    private static double QuadrangleKm2(double lat1, double lat2, double dLonDegrees)
    {
        const double a = 6378137.0, f = 1 / 298.257223563;
        var e2 = f * (2 - f);
        var e = Math.Sqrt(e2);
        double Q(double lat)
        {
            var s = Math.Sin(lat * Math.PI / 180);
            return s / (1 - e2 * s * s) + 1 / (2 * e) * Math.Log((1 + e * s) / (1 - e * s));
        }
        return a * a * (1 - e2) / 2 * (dLonDegrees * Math.PI / 180) * (Q(lat2) - Q(lat1)) / 1e6;
    }

    [Theory]
    [InlineData(48, 49, 31, 32)]
    [InlineData(44.5, 45.5, 33, 35)]
    [InlineData(51, 52.3, 23, 24)]
    [InlineData(46, 50, 30, 40)]
    public void A_quadrangle_has_its_geodesic_area(double lat1, double lat2, double lon1, double lon2)
    {
        // Parallels are curves on the ellipsoid: densify so the polygon follows them.
        var square = (Polygon)Densifier.Densify(s_wkt.Read(
            $"POLYGON(({lon1} {lat1}, {lon2} {lat1}, {lon2} {lat2}, {lon1} {lat2}, {lon1} {lat1}))"), 0.001);
        var expected = QuadrangleKm2(lat1, lat2, lon2 - lon1);
        Assert.Equal(expected, EqualArea.AreaKm2(square), expected * 1e-5);
    }

    [Theory]
    [InlineData(0, 0, 0, 1, 110.574)]
    [InlineData(0, 0, 1, 0, 111.320)]
    [InlineData(30.5234, 50.4501, 36.2304, 49.9935, 409.0)] // Kyiv to Kharkiv, about 409 km
    public void Geodesic_distances(double lon1, double lat1, double lon2, double lat2, double km) =>
        Assert.Equal(km, Geodesic.DistanceKm(lon1, lat1, lon2, lat2), km < 200 ? 0.002 : 1.5);

    /// <summary>
    /// Land 30–36° E × 46–50° N. Russia holds everything east of a line; a 330 m river crosses the held area with
    /// both banks held. The line moves 10 km west; the river and the state border must not count as front.
    /// </summary>
    [Fact]
    public void A_front_line_moves_10_km_while_a_river_between_held_banks_stays_put()
    {
        var land = Area("POLYGON((30 46, 36 46, 36 50, 30 50, 30 46))");
        var terrain = Terrain.Create(land, Geo.EmptyArea, OblastMap.From([new Oblast("Test", "Test Oblast", "", "UA-00", land)]), []);
        var tenKmInLon = 10 / (Geodesic.DistanceKm(33, 48, 34, 48));
        MultiPolygon HeldEastOf(double lon) => Area(
            $"MULTIPOLYGON((({lon} 46, 36 46, 36 47.9985, {lon} 47.9985, {lon} 46)), (({lon} 48.0015, 36 48.0015, 36 50, {lon} 50, {lon} 48.0015)))");
        var before = HeldEastOf(33);
        var after = HeldEastOf(33 - tenKmInLon);
        var analyzer = new ChangeAnalyzer(terrain);
        Snapshot Snap(MultiPolygon held, int day) =>
            new("test", new DateOnly(2022, 9, day), $"hash{day}", "test", "test", held, Geo.EmptyArea, Geo.EmptyArea, EqualArea.AreaKm2(held), 0, 0, []);

        var change = analyzer.Diff(Snap(before, 1), Snap(after, 2), new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 2), frontLengths: true);

        // Only the western edge is front: 4° of latitude less the coast margins at both ends, less the river gap.
        var westEdgeKm = Geodesic.DistanceKm(33, 46, 33, 50);
        Assert.InRange(change.FrontLengthKmFrom!.Value, westEdgeKm - 5, westEdgeKm + 1);
        Assert.NotNull(change.MaxAdvance);
        Assert.Equal("RU", change.MaxAdvance!.Side);
        // A constant shift in longitude is 10 km at 48° N and a little more further south: deepest at the southern end.
        Assert.InRange(change.MaxAdvance.Lat, 46, 46.1);
        Assert.Equal(Geodesic.DistanceKm(33 - tenKmInLon, change.MaxAdvance.Lat, 33, change.MaxAdvance.Lat), change.MaxAdvance.DepthKm, 0.3);
        Assert.DoesNotContain(change.MaxAdvanceBySide, a => a.Side == "UA");
        Assert.Equal(EqualArea.AreaKm2(after) - EqualArea.AreaKm2(before), change.RuGainedKm2 - change.UaGainedKm2, 0.01);
    }
}
