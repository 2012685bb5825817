using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>Spatial questions about stored snapshots, answered by the store that holds them.</summary>
/// <remarks>
/// On SQLite they run in process with NetTopologySuite (<see cref="NtsSnapshotQueries"/>); on PostgreSQL in
/// PostGIS. Both answer with the snapshot in force on the date (the latest on or before it), or nothing when
/// none is. Areas are km² on the WGS 84 ellipsoid (or the equal-area projection); the two agree within 0.5 %.
/// </remarks>
public interface ISnapshotQueries
{
    /// <summary>Held and contested km² inside each oblast, by oblast name; oblasts with neither are left out.</summary>
    Task<IReadOnlyList<OblastArea>> AreaByOblastAsync(string source, DateOnly date, CancellationToken cancellationToken);

    /// <summary>Whether the lon/lat point is held, contested, or neither (null) on the date.</summary>
    Task<ControlStatus?> StatusAtAsync(string source, DateOnly date, double lon, double lat, CancellationToken cancellationToken);

    /// <summary>The held area inside a lon/lat box (what a map view asks for), clipped to it.</summary>
    Task<MultiPolygon> HeldInBoxAsync(string source, DateOnly date, Envelope box, CancellationToken cancellationToken);
}
