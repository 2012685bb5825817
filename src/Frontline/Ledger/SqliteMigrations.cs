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
    ];
}
