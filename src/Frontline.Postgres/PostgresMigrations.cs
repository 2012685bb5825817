using Frontline.Ledger;

namespace Frontline.Postgres;

/// <summary>The PostgreSQL schema, module by module, parallel to the SQLite one. Append; never edit a released step.</summary>
/// <remarks>
/// Geometry columns are PostGIS <c>geometry(MultiPolygon, 4326)</c> with GiST indexes, so bbox, point-in-polygon
/// and area-by-oblast queries run in the database. Areas are computed on <c>geography</c> (the WGS 84 ellipsoid).
/// </remarks>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new("core/001", "CREATE EXTENSION IF NOT EXISTS postgis"),
        new("maps/001", """
            CREATE TABLE snapshot (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source text NOT NULL,
                as_of date NOT NULL,
                content_hash text NOT NULL,
                origin text NOT NULL,
                profile text NOT NULL,
                imported_at timestamptz NOT NULL,
                held_km2 double precision NOT NULL,
                contested_km2 double precision NOT NULL,
                liberated_km2 double precision NOT NULL,
                held geometry(MultiPolygon, 4326) NOT NULL,
                contested geometry(MultiPolygon, 4326) NOT NULL,
                liberated geometry(MultiPolygon, 4326) NOT NULL,
                notes text[] NOT NULL,
                -- One content per source and date: two writers racing on the same map meet here.
                CONSTRAINT snapshot_source_date UNIQUE (source, as_of)
            );
            CREATE INDEX snapshot_content_hash ON snapshot (content_hash);
            CREATE INDEX snapshot_held_gist ON snapshot USING gist (held);
            CREATE INDEX snapshot_contested_gist ON snapshot USING gist (contested);
            """),
        new("places/001", """
            CREATE TABLE oblast (
                iso text PRIMARY KEY,
                name text NOT NULL,
                full_name text NOT NULL,
                boundary_hash text NOT NULL,
                geom geometry(MultiPolygon, 4326) NOT NULL
            );
            CREATE INDEX oblast_geom_gist ON oblast USING gist (geom);
            """),
    ];
}
