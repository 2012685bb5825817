using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Frontline.Geometry;

/// <summary>The one configured geometry factory: WGS 84 lon/lat (SRID 4326), floating precision, OverlayNG.</summary>
/// <remarks>
/// NTS defaults to the legacy overlay, which throws TopologyException on the near-coincident edges that
/// publishers' maps are full of; OverlayNG with its snap-rounding fallback does not.
/// </remarks>
public static class Geo
{
    public const int Wgs84 = 4326;

    public static NtsGeometryServices Services { get; } = new(
        CoordinateArraySequenceFactory.Instance,
        new PrecisionModel(PrecisionModels.Floating),
        Wgs84,
        GeometryOverlay.NG,
        new CoordinateEqualityComparer());

    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory();

    public static Point Point(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    public static MultiPolygon EmptyArea { get; } = Factory.CreateMultiPolygon();

    /// <summary>Returns the polygonal part of <paramref name="geometry"/> as one MultiPolygon (lines and points dropped).</summary>
    public static MultiPolygon AsMultiPolygon(NetTopologySuite.Geometries.Geometry geometry)
    {
        var polygons = new List<Polygon>();
        Collect(geometry, polygons);
        return Factory.CreateMultiPolygon(polygons.ToArray());
    }

    private static void Collect(NetTopologySuite.Geometries.Geometry geometry, List<Polygon> into)
    {
        switch (geometry)
        {
            case Polygon p when !p.IsEmpty:
                into.Add(p);
                break;
            case GeometryCollection c:
                for (var i = 0; i < c.NumGeometries; i++)
                {
                    Collect(c.GetGeometryN(i), into);
                }
                break;
        }
    }

    /// <summary>Unions polygonal geometries robustly; the result is a valid MultiPolygon.</summary>
    public static MultiPolygon Union(IEnumerable<NetTopologySuite.Geometries.Geometry> parts)
    {
        var list = parts.Where(p => !p.IsEmpty).ToList();
        if (list.Count == 0)
        {
            return EmptyArea;
        }
        var union = NetTopologySuite.Operation.OverlayNG.UnaryUnionNG.Union(
            Factory.BuildGeometry(list), Factory.PrecisionModel);
        return AsMultiPolygon(union);
    }
}
