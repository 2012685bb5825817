using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Frontline.Geometry;

/// <summary>Polygon overlays that do not give up on publishers' geometry.</summary>
/// <remarks>
/// OverlayNG already retries with snapping and snap-rounding, yet a nearly-coincident pair of maps (two
/// publishers tracing the same coast) can still raise a TopologyException. Then the inputs are repaired and,
/// failing that, snap-rounded to a 1 cm grid of the projected plane: far below any figure we publish.
/// </remarks>
public static class RobustOverlay
{
    private static readonly PrecisionModel s_centimetres = new(100);

    public static MultiPolygon Difference(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        Run(a, b, SpatialFunction.Difference);

    public static MultiPolygon Intersection(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        Run(a, b, SpatialFunction.Intersection);

    private static MultiPolygon Run(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b, SpatialFunction op)
    {
        try
        {
            return Geo.AsMultiPolygon(OverlayNGRobust.Overlay(a, b, op));
        }
        catch (TopologyException)
        {
            try
            {
                return Geo.AsMultiPolygon(OverlayNGRobust.Overlay(GeometryFixer.Fix(a), GeometryFixer.Fix(b), op));
            }
            catch (TopologyException)
            {
                return Geo.AsMultiPolygon(OverlayNG.Overlay(GeometryFixer.Fix(a), GeometryFixer.Fix(b), op, s_centimetres));
            }
        }
    }
}
