namespace Frontline.Ledger;

/// <summary>The SQLite schema, module by module. Append; never edit a released step.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new("maps/001", """
            CREATE TABLE snapshot (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                as_of TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                origin TEXT NOT NULL,
                profile TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                held_km2 REAL NOT NULL,
                contested_km2 REAL NOT NULL,
                liberated_km2 REAL NOT NULL,
                held_wkb BLOB NOT NULL,
                contested_wkb BLOB NOT NULL,
                liberated_wkb BLOB NOT NULL,
                notes TEXT NOT NULL,
                UNIQUE (source, as_of)
            );
            CREATE INDEX snapshot_source_date ON snapshot (source, as_of);
            """),
        new("documents/001", """
            CREATE TABLE document (
                hash TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                source TEXT NOT NULL,
                url TEXT,
                publisher TEXT,
                published TEXT,
                published_at TEXT,
                genre TEXT NOT NULL,
                title TEXT,
                format TEXT NOT NULL,
                encoding TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                minhash BLOB NOT NULL,
                near_duplicate_of TEXT REFERENCES document (hash),
                similarity REAL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX document_name ON document (name);
            CREATE INDEX document_published ON document (published);
            CREATE TABLE document_source (
                hash TEXT NOT NULL REFERENCES document (hash),
                name TEXT NOT NULL,
                source TEXT NOT NULL,
                url TEXT,
                publisher TEXT,
                seen_at TEXT NOT NULL,
                PRIMARY KEY (hash, source, name)
            );
            CREATE TABLE document_band (
                band INTEGER NOT NULL,
                key INTEGER NOT NULL,
                hash TEXT NOT NULL REFERENCES document (hash),
                PRIMARY KEY (band, key, hash)
            );
            """),
        new("claims/001", """
            CREATE TABLE claim (
                id INTEGER PRIMARY KEY,
                document TEXT NOT NULL REFERENCES document (hash),
                ordinal INTEGER NOT NULL,
                quote_start INTEGER NOT NULL,
                quote_end INTEGER NOT NULL,
                quote TEXT NOT NULL,
                speaker TEXT,
                speaker_role TEXT,
                side TEXT NOT NULL,
                channel TEXT,
                type TEXT NOT NULL,
                actor TEXT NOT NULL,
                date_from TEXT,
                date_to TEXT,
                date_precision TEXT NOT NULL,
                modality TEXT NOT NULL,
                extractor TEXT NOT NULL,
                body TEXT NOT NULL,
                UNIQUE (document, ordinal)
            );
            CREATE INDEX claim_type_date ON claim (type, date_from);
            CREATE INDEX claim_date ON claim (date_from, date_to);
            CREATE INDEX claim_side ON claim (side);
            CREATE TABLE claim_place (
                claim INTEGER NOT NULL REFERENCES claim (id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                oblast TEXT,
                gazetteer_id INTEGER,
                lon REAL,
                lat REAL,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL
            );
            CREATE INDEX claim_place_claim ON claim_place (claim);
            CREATE INDEX claim_place_oblast ON claim_place (oblast, claim);
            CREATE INDEX claim_place_gazetteer ON claim_place (gazetteer_id);
            """),
        new("verdicts/001", """
            CREATE TABLE verdict (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL,
                computed_at TEXT NOT NULL,
                value TEXT NOT NULL,
                inputs_hash TEXT NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX verdict_claim ON verdict (claim_id, id);
            """),
    ];
}
