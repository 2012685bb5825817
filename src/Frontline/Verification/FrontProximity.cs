using System.Collections.Concurrent;
using Frontline.Geometry;
using Frontline.Maps;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Frontline.Verification;

/// <summary>How far a point lies from ground Russia held or contested on a snapshot, and what each side gained near points.</summary>
/// <remarks>
/// Distances are measured on the equal-area plane the analyzer already projects to: over a few tens of km its scale
/// error is under 1 %, far below what the thresholds here need. Indexes are built once per snapshot and reused by
/// every claim that looks at it.
/// </remarks>
public sealed class FrontProximity(ChangeAnalyzer analyzer)
{
    private readonly ConcurrentDictionary<string, IndexedFacetDistance> _boundaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string, string), NetTopologySuite.Geometries.Geometry> _gained = new();

    /// <summary>Distance in km from a lon/lat point to ground held or contested on <paramref name="s"/>; 0 inside it.</summary>
    public double KmToOccupied(Snapshot s, double lon, double lat)
    {
        if (analyzer.StatusAt(s, lon, lat) != "free")
        {
            return 0;
        }
        var index = _boundaries.GetOrAdd(s.ContentHash, _ =>
        {
            var p = analyzer.Project(s);
            return new IndexedFacetDistance(Geo.Factory.BuildGeometry([p.Held, p.Contested]));
        });
        var (x, y) = EqualArea.Forward(lon, lat);
        return index.Distance(Geo.Factory.CreatePoint(new Coordinate(x, y))) / 1000;
    }

    /// <summary>km² that <paramref name="side"/> gained within <paramref name="radiusKm"/> of any of the points.</summary>
    public double GainedNear(Change change, string side, IReadOnlyList<(double Lon, double Lat)> points, double radiusKm)
    {
        var gained = _gained.GetOrAdd((change.FromSnapshot.ContentHash, change.ToSnapshot.ContentHash, side),
            _ => EqualArea.Project(side == "UA" ? change.UaGainedArea : change.RuGainedArea));
        if (gained.IsEmpty)
        {
            return 0;
        }
        var circles = Geo.Factory.BuildGeometry(points.Select(p =>
        {
            var (x, y) = EqualArea.Forward(p.Lon, p.Lat);
            return (NetTopologySuite.Geometries.Geometry)Geo.Factory.CreatePoint(new Coordinate(x, y)).Buffer(radiusKm * 1000, 16);
        }).ToList()).Union();
        return circles.EnvelopeInternal.Intersects(gained.EnvelopeInternal) ? RobustOverlay.Intersection(gained, circles).Area / 1e6 : 0;
    }
}
