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
        new("documents/001", """
            CREATE TABLE document (
                hash text PRIMARY KEY,
                name text NOT NULL,
                source text NOT NULL,
                url text,
                publisher text,
                published date,
                published_at timestamptz,
                genre text NOT NULL,
                title text,
                format text NOT NULL,
                encoding text NOT NULL,
                language text NOT NULL,
                text text NOT NULL,
                minhash bytea NOT NULL,
                near_duplicate_of text REFERENCES document (hash),
                similarity double precision,
                ingested_at timestamptz NOT NULL
            );
            CREATE INDEX document_name ON document (name);
            CREATE INDEX document_published ON document (published);
            CREATE TABLE document_source (
                hash text NOT NULL REFERENCES document (hash),
                name text NOT NULL,
                source text NOT NULL,
                url text,
                publisher text,
                seen_at timestamptz NOT NULL,
                PRIMARY KEY (hash, source, name)
            );
            CREATE TABLE document_band (
                band integer NOT NULL,
                key bigint NOT NULL,
                hash text NOT NULL REFERENCES document (hash),
                PRIMARY KEY (band, key, hash)
            );
            """),
        new("claims/001", """
            CREATE TABLE claim (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document text NOT NULL REFERENCES document (hash),
                ordinal integer NOT NULL,
                quote_start integer NOT NULL,
                quote_end integer NOT NULL,
                quote text NOT NULL,
                speaker text,
                speaker_role text,
                side text NOT NULL,
                channel text,
                type text NOT NULL,
                actor text NOT NULL,
                date_from date,
                date_to date,
                date_precision text NOT NULL,
                modality text NOT NULL,
                extractor text NOT NULL,
                body text NOT NULL,
                UNIQUE (document, ordinal)
            );
            CREATE INDEX claim_type_date ON claim (type, date_from);
            -- Date filters ask for overlap with [from, to]: a GiST index on the range answers that directly.
            CREATE INDEX claim_dates ON claim USING gist (daterange(date_from, date_to, '[]'));
            CREATE INDEX claim_side ON claim (side);
            CREATE TABLE claim_place (
                claim bigint NOT NULL REFERENCES claim (id),
                name text NOT NULL,
                kind text NOT NULL,
                oblast text,
                gazetteer_id bigint,
                geom geometry(Point, 4326),
                span_start integer NOT NULL,
                span_end integer NOT NULL
            );
            CREATE INDEX claim_place_claim ON claim_place (claim);
            CREATE INDEX claim_place_oblast ON claim_place (lower(oblast), claim);
            CREATE INDEX claim_place_gazetteer ON claim_place (gazetteer_id);
            CREATE INDEX claim_place_geom ON claim_place USING gist (geom);
            """),
        new("verdicts/001", """
            CREATE TABLE verdict (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                claim_id bigint NOT NULL REFERENCES claim (id),
                computed_at timestamptz NOT NULL,
                value text NOT NULL,
                inputs_hash text NOT NULL,
                body text NOT NULL
            );
            CREATE INDEX verdict_claim ON verdict (claim_id, id);
            """),
        // Where and when in one index, as SQLite's R*Tree (its claims-search/001): each geocoded place of a dated claim
        // as a vertical segment (lon, lat, first day .. last day, days since 2000-01-01), GiST-indexed in n dimensions.
        // A map view over a week is then one indexed &&& instead of two unselective filters (a week's claims, and the
        // places in a busy sector, are each tens of thousands among a million). Kept by a trigger, so every writer of
        // claim_place (inserts and COPY) keeps it without knowing it exists.
        new("claims-search/001", """
            ALTER TABLE claim_place ADD COLUMN where_when geometry(LineStringZ, 4326);
            CREATE FUNCTION claim_place_where_when() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.where_when := (
                    SELECT ST_SetSRID(ST_MakeLine(
                        ST_MakePoint(ST_X(NEW.geom), ST_Y(NEW.geom), c.date_from - DATE '2000-01-01'),
                        ST_MakePoint(ST_X(NEW.geom), ST_Y(NEW.geom), c.date_to - DATE '2000-01-01')), 4326)
                    FROM claim c WHERE c.id = NEW.claim AND NEW.geom IS NOT NULL AND c.date_from IS NOT NULL AND c.date_to IS NOT NULL);
                RETURN NEW;
            END $$;
            CREATE TRIGGER claim_place_where_when BEFORE INSERT ON claim_place FOR EACH ROW EXECUTE FUNCTION claim_place_where_when();
            UPDATE claim_place p SET where_when = ST_SetSRID(ST_MakeLine(
                    ST_MakePoint(ST_X(p.geom), ST_Y(p.geom), c.date_from - DATE '2000-01-01'),
                    ST_MakePoint(ST_X(p.geom), ST_Y(p.geom), c.date_to - DATE '2000-01-01')), 4326)
                FROM claim c WHERE c.id = p.claim AND p.geom IS NOT NULL AND c.date_from IS NOT NULL AND c.date_to IS NOT NULL;
            CREATE INDEX claim_place_where_when ON claim_place USING gist (where_when gist_geometry_ops_nd);
            """),
    ];
}
