using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Frontline.Postgres;

/// <summary><see cref="ISnapshotQueries"/> answered by PostGIS: the geometry never leaves the database.</summary>
/// <remarks>
/// Areas are <c>ST_Area(…::geography)</c>, geodesic on WGS 84. The oblast boundaries are copied into table
/// <c>oblast</c> on first use (and again when the boundary file's hash changes), repaired with <c>ST_MakeValid</c>.
/// </remarks>
public sealed class PostGisSnapshotQueries(PostgresLedger ledger, OblastMap oblasts) : ISnapshotQueries
{
    private const string InForce = "SELECT * FROM snapshot WHERE source = $1 AND as_of <= $2 ORDER BY as_of DESC LIMIT 1";
    private readonly SemaphoreSlim _oblastsLoaded = new(1, 1);
    private bool _loaded;

    public async Task<IReadOnlyList<OblastArea>> AreaByOblastAsync(string source, DateOnly date, CancellationToken cancellationToken)
    {
        await EnsureOblastsAsync(cancellationToken).ConfigureAwait(false);
        await using var command = ledger.DataSource.CreateCommand($"""
            WITH s AS ({InForce})
            SELECT o.name,
                   CASE WHEN ST_Intersects(s.held, o.geom) THEN ST_Area(ST_Intersection(s.held, o.geom)::geography) / 1e6 ELSE 0 END,
                   CASE WHEN ST_Intersects(s.contested, o.geom) THEN ST_Area(ST_Intersection(s.contested, o.geom)::geography) / 1e6 ELSE 0 END
            FROM s JOIN oblast o ON s.held && o.geom OR s.contested && o.geom
            ORDER BY o.name COLLATE "C", o.iso COLLATE "C"
            """);
        command.Parameters.AddWithValue(source);
        command.Parameters.AddWithValue(date);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<OblastArea>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var area = new OblastArea(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2));
            if (area.HeldKm2 > 0 || area.ContestedKm2 > 0)
            {
                result.Add(area);
            }
        }
        return result;
    }

    public async Task<ControlStatus?> StatusAtAsync(string source, DateOnly date, double lon, double lat, CancellationToken cancellationToken)
    {
        await using var command = ledger.DataSource.CreateCommand($"""
            WITH s AS ({InForce}), p AS (SELECT ST_SetSRID(ST_MakePoint($3, $4), 4326) AS pt)
            SELECT CASE WHEN ST_Intersects(s.held, p.pt) THEN 'held'
                        WHEN ST_Intersects(s.contested, p.pt) THEN 'contested' END
            FROM s, p
            """);
        command.Parameters.AddWithValue(source);
        command.Parameters.AddWithValue(date);
        command.Parameters.AddWithValue(lon);
        command.Parameters.AddWithValue(lat);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) switch
        {
            "held" => ControlStatus.Held,
            "contested" => ControlStatus.Contested,
            _ => null,
        };
    }

    public async Task<MultiPolygon> HeldInBoxAsync(string source, DateOnly date, Envelope box, CancellationToken cancellationToken)
    {
        // ST_ClipByBox2D would be faster but may return invalid polygons; the map needs valid ones.
        await using var command = ledger.DataSource.CreateCommand($"""
            WITH s AS ({InForce}), b AS (SELECT ST_MakeEnvelope($3, $4, $5, $6, 4326) AS box)
            SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(s.held, b.box), 3))
            FROM s, b WHERE s.held && b.box
            """);
        command.Parameters.AddWithValue(source);
        command.Parameters.AddWithValue(date);
        command.Parameters.AddWithValue(box.MinX);
        command.Parameters.AddWithValue(box.MinY);
        command.Parameters.AddWithValue(box.MaxX);
        command.Parameters.AddWithValue(box.MaxY);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.IsDBNull(0))
        {
            return Geo.EmptyArea;
        }
        return Geo.AsMultiPolygon(Geo.Factory.CreateGeometry(reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(0)));
    }

    private async Task EnsureOblastsAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }
        await _oblastsLoaded.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wkb = new NetTopologySuite.IO.WKBWriter();
            var hash = ContentHash.Combine(oblasts.Oblasts.Select(o => o.Name + " " + ContentHash.Of(wkb.Write(o.Area))));
            await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Serialise loaders: two processes filling the table at once would otherwise both delete and insert.
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE oblast IN EXCLUSIVE MODE", connection, transaction))
            {
                await lockTable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var check = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE boundary_hash = $1), count(*) FROM oblast", connection, transaction))
            {
                check.Parameters.AddWithValue(hash);
                await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (reader.GetInt64(0) == oblasts.Oblasts.Count && reader.GetInt64(1) == oblasts.Oblasts.Count)
                {
                    _loaded = true;
                    return;
                }
            }
            await using (var clear = new NpgsqlCommand("DELETE FROM oblast", connection, transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            foreach (var oblast in oblasts.Oblasts)
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO oblast (name, full_name, iso, boundary_hash, geom) " +
                    "VALUES ($1, $2, $3, $4, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID($5, 4326)), 3)))",
                    connection, transaction);
                insert.Parameters.AddWithValue(oblast.Name);
                insert.Parameters.AddWithValue(oblast.FullName);
                insert.Parameters.AddWithValue(oblast.Iso);
                insert.Parameters.AddWithValue(hash);
                insert.Parameters.Add(new NpgsqlParameter { Value = oblast.Area, NpgsqlDbType = NpgsqlDbType.Geometry });
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _loaded = true;
        }
        finally
        {
            _oblastsLoaded.Release();
        }
    }
}
