using Frontline.Geometry;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Frontline.Reports.Exports;

/// <summary>OGC GeoPackage 1.3 for QGIS: one feature table, written row by row with Microsoft.Data.Sqlite.</summary>
/// <remarks>
/// NetTopologySuite.IO.GeoPackage only encodes geometry blobs (GP header + WKB) and has no SQLite binding of its own,
/// so the tables the standard requires are created here by hand: <c>gpkg_spatial_ref_sys</c> (with the EPSG:4326
/// definition and the two undefined systems), <c>gpkg_contents</c> (with the layer's extent, filled in at the end),
/// <c>gpkg_geometry_columns</c>, and the feature table with an integer primary key <c>fid</c>.
/// No spatial index (rtree extension): QGIS builds one when asked, and GDAL reads the file without it.
/// </remarks>
public sealed class GeoPackageExportWriter(string path) : IExportWriter
{
    private const string Wgs84Wkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private readonly GeoPackageGeoWriter _blobs = new() { HandleOrdinates = Ordinates.XY };
    private readonly Envelope _extent = new();
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private SqliteCommand? _insert;
    private ExportLayer? _layer;

    public async Task BeginAsync(ExportLayer layer, CancellationToken cancellationToken)
    {
        _layer = layer;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var columns = string.Concat(layer.Fields.Select(f => $", \"{f.Name}\" {SqlType(f.Type)}"));
        await ExecuteAsync($"""
            PRAGMA application_id = 1196444487;
            PRAGMA user_version = 10300;
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{Wgs84Wkt}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE "{layer.Name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {layer.GeometryType}{columns});
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
              VALUES ('{layer.Name}', 'features', '{layer.Name}', 'Frontline export', 4326);
            INSERT INTO gpkg_geometry_columns VALUES ('{layer.Name}', 'geom', '{layer.GeometryType}', 4326, 0, 0);
            """, cancellationToken).ConfigureAwait(false);
        _transaction = _connection.BeginTransaction();
        _insert = _connection.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = $"INSERT INTO \"{layer.Name}\" (geom{string.Concat(layer.Fields.Select(f => $", \"{f.Name}\""))}) VALUES ($geom{string.Concat(layer.Fields.Select((_, i) => $", $p{i}"))})";
        _insert.Parameters.Add("$geom", SqliteType.Blob);
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            _insert.Parameters.Add($"$p{i}", layer.Fields[i].Type switch { ExportType.Real => SqliteType.Real, ExportType.Integer => SqliteType.Integer, _ => SqliteType.Text });
        }
    }

    public async Task WriteAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        var insert = _insert ?? throw new InvalidOperationException("BeginAsync first");
        var g = record.Geometry;
        if (g is not null)
        {
            if (g.SRID != Geo.Wgs84)
            {
                g = g.Copy();
                g.SRID = Geo.Wgs84; // the blob's header carries the SRS id; GDAL checks it against gpkg_geometry_columns
            }
            _extent.ExpandToInclude(g.EnvelopeInternal);
        }
        insert.Parameters["$geom"].Value = g is null ? DBNull.Value : _blobs.Write(g);
        for (var i = 0; i < _layer!.Fields.Count; i++)
        {
            insert.Parameters[$"$p{i}"].Value = record.Values[i] ?? DBNull.Value;
        }
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("BeginAsync first");
        using (var update = connection.CreateCommand())
        {
            update.Transaction = _transaction;
            update.CommandText = "UPDATE gpkg_contents SET min_x = $a, min_y = $b, max_x = $c, max_y = $d WHERE table_name = $t";
            update.Parameters.AddWithValue("$a", _extent.IsNull ? DBNull.Value : _extent.MinX);
            update.Parameters.AddWithValue("$b", _extent.IsNull ? DBNull.Value : _extent.MinY);
            update.Parameters.AddWithValue("$c", _extent.IsNull ? DBNull.Value : _extent.MaxX);
            update.Parameters.AddWithValue("$d", _extent.IsNull ? DBNull.Value : _extent.MaxY);
            update.Parameters.AddWithValue("$t", _layer!.Name);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await _transaction!.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _insert?.Dispose();
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string SqlType(ExportType type) => type switch
    {
        ExportType.Real => "DOUBLE",
        ExportType.Integer => "INTEGER",
        _ => "TEXT",
    };
}
