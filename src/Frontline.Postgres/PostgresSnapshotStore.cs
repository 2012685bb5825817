using Frontline.Geometry;
using Frontline.Maps;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Frontline.Postgres;

/// <summary><see cref="ISnapshotStore"/> on PostgreSQL + PostGIS: geometry columns (SRID 4326) with GiST indexes.</summary>
/// <remarks>
/// Each batch is one transaction. Rows are written in (source, date) order so two concurrent batches take their
/// row locks in the same order and cannot deadlock; the unique key (source, as_of) makes the loser of a race
/// see the winner's row once it commits, so the same content imported twice at once is stored once.
/// </remarks>
public sealed class PostgresSnapshotStore(PostgresLedger ledger, TimeProvider time) : ISnapshotStore
{
    private const string Columns =
        "id, source, as_of, content_hash, origin, profile, held_km2, contested_km2, liberated_km2, held, contested, liberated, notes";

    public async Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Snapshot> batch, bool replace, CancellationToken cancellationToken)
    {
        var results = new bool[batch.Count];
        var order = Enumerable.Range(0, batch.Count)
            .OrderBy(i => batch[i].Source, StringComparer.Ordinal).ThenBy(i => batch[i].AsOf).ToList();
        var importedAt = time.GetUtcNow();
        try
        {
            await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var i in order)
            {
                results[i] = await AddOneAsync(connection, transaction, batch[i], replace, importedAt, cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
        {
            // A dropped connection or a server going away: report it in words, the batch being atomic.
            throw new LedgerWriteException(ledger.Display, e);
        }
        return results;
    }

    public async Task<IReadOnlyList<SnapshotInfo>> ListAsync(string? source, CancellationToken cancellationToken)
    {
        await using var command = ledger.DataSource.CreateCommand(
            "SELECT id, source, as_of, content_hash, origin, held_km2, contested_km2, imported_at FROM snapshot " +
            "WHERE $1::text IS NULL OR source = $1 ORDER BY source, as_of");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)source ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<SnapshotInfo>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new SnapshotInfo(
                reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3),
                reader.GetString(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return list;
    }

    public async Task<Snapshot?> InForceAsync(string source, DateOnly date, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(
            $"SELECT {Columns} FROM snapshot WHERE source = $1 AND as_of <= $2 ORDER BY as_of DESC LIMIT 1",
            [source, date], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Snapshot>> RangeAsync(string source, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {Columns} FROM snapshot WHERE source = $1 AND as_of BETWEEN $2 AND $3 ORDER BY as_of",
            [source, from, to], cancellationToken);

    private static async Task<bool> AddOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Snapshot s, bool replace, DateTimeOffset importedAt,
        CancellationToken cancellationToken)
    {
        // ON CONFLICT waits for a concurrent writer of the same (source, as_of) to finish, then sees its row.
        var conflict = replace
            ? """
              ON CONFLICT (source, as_of) DO UPDATE SET content_hash = excluded.content_hash, origin = excluded.origin,
                profile = excluded.profile, imported_at = excluded.imported_at, held_km2 = excluded.held_km2,
                contested_km2 = excluded.contested_km2, liberated_km2 = excluded.liberated_km2, held = excluded.held,
                contested = excluded.contested, liberated = excluded.liberated, notes = excluded.notes
              WHERE snapshot.content_hash <> excluded.content_hash
              """
            : "ON CONFLICT (source, as_of) DO NOTHING";
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO snapshot (source, as_of, content_hash, origin, profile, imported_at, held_km2, contested_km2, " +
            "liberated_km2, held, contested, liberated, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, " +
            "ST_SetSRID($10, 4326), ST_SetSRID($11, 4326), ST_SetSRID($12, 4326), $13) " + conflict + " RETURNING id",
            connection, transaction))
        {
            insert.Parameters.AddWithValue(s.Source);
            insert.Parameters.AddWithValue(s.AsOf);
            insert.Parameters.AddWithValue(s.ContentHash);
            insert.Parameters.AddWithValue(s.Origin);
            insert.Parameters.AddWithValue(s.Profile);
            insert.Parameters.AddWithValue(importedAt);
            insert.Parameters.AddWithValue(s.HeldKm2);
            insert.Parameters.AddWithValue(s.ContestedKm2);
            insert.Parameters.AddWithValue(s.LiberatedKm2);
            insert.Parameters.Add(Geometry(s.Held));
            insert.Parameters.Add(Geometry(s.Contested));
            insert.Parameters.Add(Geometry(s.Liberated));
            insert.Parameters.AddWithValue(s.Notes.ToArray());
            if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }
        await using var existing = new NpgsqlCommand(
            "SELECT content_hash FROM snapshot WHERE source = $1 AND as_of = $2", connection, transaction);
        existing.Parameters.AddWithValue(s.Source);
        existing.Parameters.AddWithValue(s.AsOf);
        var hash = (string?)await existing.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (hash == s.ContentHash)
        {
            return false;
        }
        throw new SnapshotConflictException(
            $"{s.Origin}: {s.Source} already has a different snapshot for {s.AsOf:yyyy-MM-dd} (sha256 {hash?[..12]}…); pass --replace to supersede it");
    }

    private static NpgsqlParameter Geometry(MultiPolygon value) =>
        new() { Value = value, NpgsqlDbType = NpgsqlDbType.Geometry };

    private async Task<IReadOnlyList<Snapshot>> ReadAsync(string sql, object[] args, CancellationToken cancellationToken)
    {
        await using var command = ledger.DataSource.CreateCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.AddWithValue(arg);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Snapshot>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Snapshot(
                reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), Area(reader, 9), Area(reader, 10), Area(reader, 11),
                reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetFieldValue<string[]>(12)));
        }
        return list;
    }

    // Rebuilt on the one configured factory so later overlays use OverlayNG, as everywhere else.
    private static MultiPolygon Area(NpgsqlDataReader reader, int ordinal) =>
        (MultiPolygon)Geo.Factory.CreateGeometry(reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(ordinal));
}
