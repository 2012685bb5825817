using System.Text.Json;
using Frontline.Verification;
using Npgsql;

namespace Frontline.Postgres;

/// <summary><see cref="IVerdictStore"/> on PostgreSQL: the same rows and JSON bodies as SQLite's.</summary>
/// <remarks>
/// A batch is one transaction that first locks the verdict table against other writers of verdicts (readers go on),
/// so two analysts running <c>verify</c> at once cannot both store the same change: the second sees the first's rows
/// as the latest and stores nothing for the claims they agree on.
/// </remarks>
public sealed class PostgresVerdictStore(PostgresLedger ledger) : IVerdictStore
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private const string Latest = "SELECT DISTINCT ON (claim_id) claim_id, inputs_hash, body FROM verdict ORDER BY claim_id, id DESC";

    public async Task<int> AddChangedAsync(IReadOnlyList<Verdict> verdicts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE verdict IN SHARE ROW EXCLUSIVE MODE", connection, tx))
        {
            await lockTable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        var latest = new Dictionary<long, string>();
        await using (var read = new NpgsqlCommand(Latest, connection, tx))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                latest[reader.GetInt64(0)] = reader.GetString(1);
            }
        }
        var changed = verdicts.Where(v => !(latest.TryGetValue(v.ClaimId, out var hash) && hash == v.InputsHash)).ToList();
        if (changed.Count > 0)
        {
            var batch = new NpgsqlBatch(connection, tx);
            foreach (var v in changed)
            {
                var insert = new NpgsqlBatchCommand("INSERT INTO verdict (claim_id, computed_at, value, inputs_hash, body) VALUES ($1, $2, $3, $4, $5)");
                insert.Parameters.Add(new NpgsqlParameter { Value = v.ClaimId });
                insert.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime() });
                insert.Parameters.Add(new NpgsqlParameter { Value = v.Value });
                insert.Parameters.Add(new NpgsqlParameter { Value = v.InputsHash });
                insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(v, s_json) });
                batch.BatchCommands.Add(insert);
            }
            await using (batch)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed.Count;
    }

    public async Task<IReadOnlyList<Verdict>> LatestAsync(long? claimId, CancellationToken cancellationToken)
    {
        var sql = claimId is null
            ? Latest
            : "SELECT claim_id, inputs_hash, body FROM verdict WHERE claim_id = $1 ORDER BY id DESC LIMIT 1";
        await using var command = ledger.DataSource.CreateCommand(sql);
        if (claimId is { } id)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }
        var list = new List<Verdict>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(JsonSerializer.Deserialize<Verdict>(reader.GetString(2), s_json)!);
        }
        return list;
    }

    public async Task<IReadOnlyList<(DateTimeOffset At, Verdict Verdict)>> HistoryAsync(long claimId, CancellationToken cancellationToken)
    {
        await using var command = ledger.DataSource.CreateCommand("SELECT computed_at, body FROM verdict WHERE claim_id = $1 ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = claimId });
        var list = new List<(DateTimeOffset, Verdict)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add((reader.GetFieldValue<DateTimeOffset>(0), JsonSerializer.Deserialize<Verdict>(reader.GetString(1), s_json)!));
        }
        return list;
    }
}
