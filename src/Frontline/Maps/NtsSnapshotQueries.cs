using Frontline.Geometry;
using Frontline.Places;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary><see cref="ISnapshotQueries"/> computed in process with NetTopologySuite over any snapshot store.</summary>
/// <remarks>The embedded ledger's answer; PostgreSQL answers the same questions in PostGIS.</remarks>
public sealed class NtsSnapshotQueries(ISnapshotStore store, OblastMap oblasts) : ISnapshotQueries
{
    public async Task<IReadOnlyList<OblastArea>> AreaByOblastAsync(string source, DateOnly date, CancellationToken cancellationToken)
    {
        var snapshot = await store.InForceAsync(source, date, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return [];
        }
        var result = new List<OblastArea>();
        foreach (var oblast in oblasts.Oblasts.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Iso, StringComparer.Ordinal))
        {
            var held = Clip(snapshot.Held, oblast.Area);
            var contested = Clip(snapshot.Contested, oblast.Area);
            if (held > 0 || contested > 0)
            {
                result.Add(new OblastArea(oblast.Name, held, contested));
            }
        }
        return result;
    }

    public async Task<ControlStatus?> StatusAtAsync(string source, DateOnly date, double lon, double lat, CancellationToken cancellationToken)
    {
        var snapshot = await store.InForceAsync(source, date, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }
        var point = new Coordinate(lon, lat);
        if (new IndexedPointInAreaLocator(snapshot.Held).Locate(point) != Location.Exterior)
        {
            return ControlStatus.Held;
        }
        return new IndexedPointInAreaLocator(snapshot.Contested).Locate(point) != Location.Exterior
            ? ControlStatus.Contested
            : null;
    }

    public async Task<MultiPolygon> HeldInBoxAsync(string source, DateOnly date, Envelope box, CancellationToken cancellationToken)
    {
        var snapshot = await store.InForceAsync(source, date, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return Geo.EmptyArea;
        }
        return Geo.AsMultiPolygon(snapshot.Held.Intersection(Geo.Factory.ToGeometry(box)));
    }

    private static double Clip(MultiPolygon area, MultiPolygon oblast) =>
        area.IsEmpty || !area.EnvelopeInternal.Intersects(oblast.EnvelopeInternal)
            ? 0
            : EqualArea.AreaKm2(area.Intersection(oblast));
}
