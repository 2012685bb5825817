using System.Globalization;
using System.Text.Json;
using Frontline.Geometry;
using Frontline.Maps;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Frontline.Ledger;

/// <summary>Snapshots in the embedded SQLite ledger; geometries as WKB (lon/lat).</summary>
public sealed class SqliteSnapshotStore(SqliteLedger ledger, TimeProvider clock) : ISnapshotStore
{
    private const string Columns = "id, source, as_of, content_hash, origin, profile, imported_at, held_km2, contested_km2, liberated_km2, held_wkb, contested_wkb, liberated_wkb, notes";

    public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Snapshot> batch, bool replace, CancellationToken cancellationToken)
    {
        var added = new List<bool>(batch.Count);
        using var transaction = ledger.BeginTransaction();
        foreach (var snapshot in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var find = ledger.Command("SELECT id, content_hash FROM snapshot WHERE source = $s AND as_of = $d", transaction);
            find.Parameters.AddWithValue("$s", snapshot.Source);
            find.Parameters.AddWithValue("$d", Day(snapshot.AsOf));
            long? existingId = null;
            string? existingHash = null;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    existingId = reader.GetInt64(0);
                    existingHash = reader.GetString(1);
                }
            }
            if (existingHash == snapshot.ContentHash)
            {
                added.Add(false);
                continue;
            }
            if (existingId is { } id)
            {
                if (!replace)
                {
                    throw new SnapshotConflictException(
                        $"{snapshot.Origin}: {snapshot.Source} already has a different snapshot for {Day(snapshot.AsOf)} (sha256 {existingHash![..12]}…); pass --replace to supersede it");
                }
                using var delete = ledger.Command("DELETE FROM snapshot WHERE id = $id", transaction);
                delete.Parameters.AddWithValue("$id", id);
                delete.ExecuteNonQuery();
            }
            Insert(snapshot, transaction);
            added.Add(true);
        }
        transaction.Commit();
        return Task.FromResult<IReadOnlyList<bool>>(added);
    }

    public Task<IReadOnlyList<SnapshotInfo>> ListAsync(string? source, CancellationToken cancellationToken)
    {
        using var command = ledger.Command(
            "SELECT id, source, as_of, content_hash, origin, held_km2, contested_km2, imported_at FROM snapshot " +
            "WHERE $s IS NULL OR source = $s ORDER BY source, as_of");
        command.Parameters.AddWithValue("$s", (object?)source ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<SnapshotInfo>();
        while (reader.Read())
        {
            list.Add(new SnapshotInfo(reader.GetInt64(0), reader.GetString(1), DateOnly.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.GetDouble(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        }
        return Task.FromResult<IReadOnlyList<SnapshotInfo>>(list);
    }

    public Task<Snapshot?> InForceAsync(string source, DateOnly date, CancellationToken cancellationToken)
    {
        using var command = ledger.Command($"SELECT {Columns} FROM snapshot WHERE source = $s AND as_of <= $d ORDER BY as_of DESC LIMIT 1");
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$d", Day(date));
        return Task.FromResult(ReadAll(command).FirstOrDefault());
    }

    public Task<IReadOnlyList<Snapshot>> RangeAsync(string source, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var command = ledger.Command($"SELECT {Columns} FROM snapshot WHERE source = $s AND as_of >= $f AND as_of <= $t ORDER BY as_of");
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$f", Day(from));
        command.Parameters.AddWithValue("$t", Day(to));
        return Task.FromResult<IReadOnlyList<Snapshot>>(ReadAll(command));
    }

    private void Insert(Snapshot s, SqliteTransaction transaction)
    {
        using var insert = ledger.Command(
            "INSERT INTO snapshot (source, as_of, content_hash, origin, profile, imported_at, held_km2, contested_km2, liberated_km2, held_wkb, contested_wkb, liberated_wkb, notes) " +
            "VALUES ($source, $asOf, $hash, $origin, $profile, $at, $held, $contested, $liberated, $heldWkb, $contestedWkb, $liberatedWkb, $notes)", transaction);
        var writer = new WKBWriter();
        insert.Parameters.AddWithValue("$source", s.Source);
        insert.Parameters.AddWithValue("$asOf", Day(s.AsOf));
        insert.Parameters.AddWithValue("$hash", s.ContentHash);
        insert.Parameters.AddWithValue("$origin", s.Origin);
        insert.Parameters.AddWithValue("$profile", s.Profile);
        insert.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$held", s.HeldKm2);
        insert.Parameters.AddWithValue("$contested", s.ContestedKm2);
        insert.Parameters.AddWithValue("$liberated", s.LiberatedKm2);
        insert.Parameters.AddWithValue("$heldWkb", writer.Write(s.Held));
        insert.Parameters.AddWithValue("$contestedWkb", writer.Write(s.Contested));
        insert.Parameters.AddWithValue("$liberatedWkb", writer.Write(s.Liberated));
        insert.Parameters.AddWithValue("$notes", JsonSerializer.Serialize(s.Notes));
        insert.ExecuteNonQuery();
    }

    private static List<Snapshot> ReadAll(SqliteCommand command)
    {
        var reader = new WKBReader(Geo.Services);
        using var rows = command.ExecuteReader();
        var list = new List<Snapshot>();
        while (rows.Read())
        {
            MultiPolygon Area(int column) => Geo.AsMultiPolygon(reader.Read((byte[])rows.GetValue(column)));
            list.Add(new Snapshot(
                rows.GetString(1), DateOnly.Parse(rows.GetString(2), CultureInfo.InvariantCulture), rows.GetString(3), rows.GetString(4), rows.GetString(5),
                Area(10), Area(11), Area(12), rows.GetDouble(7), rows.GetDouble(8), rows.GetDouble(9),
                JsonSerializer.Deserialize<string[]>(rows.GetString(13)) ?? []));
        }
        return list;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
