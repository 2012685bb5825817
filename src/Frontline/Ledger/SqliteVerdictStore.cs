using System.Globalization;
using System.Text.Json;
using Frontline.Verification;

namespace Frontline.Ledger;

/// <summary>Verdicts in the embedded ledger: one row per claim per distinct inputs hash.</summary>
public sealed class SqliteVerdictStore(SqliteLedger ledger) : IVerdictStore
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public Task<int> AddChangedAsync(IReadOnlyList<Verdict> verdicts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var latest = LatestHashes();
        var stored = 0;
        using var transaction = ledger.BeginTransaction();
        foreach (var v in verdicts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (latest.TryGetValue(v.ClaimId, out var hash) && hash == v.InputsHash)
            {
                continue;
            }
            using var insert = ledger.Command(
                "INSERT INTO verdict (claim_id, computed_at, value, inputs_hash, body) VALUES ($c, $at, $v, $h, $b)", transaction);
            insert.Parameters.AddWithValue("$c", v.ClaimId);
            insert.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$v", v.Value);
            insert.Parameters.AddWithValue("$h", v.InputsHash);
            insert.Parameters.AddWithValue("$b", JsonSerializer.Serialize(v, s_json));
            insert.ExecuteNonQuery();
            stored++;
        }
        transaction.Commit();
        return Task.FromResult(stored);
    }

    public Task<IReadOnlyList<Verdict>> LatestAsync(long? claimId, CancellationToken cancellationToken)
    {
        using var command = ledger.Command(
            "SELECT body FROM verdict v WHERE id = (SELECT MAX(id) FROM verdict w WHERE w.claim_id = v.claim_id) " +
            "AND ($c IS NULL OR claim_id = $c) ORDER BY claim_id");
        command.Parameters.AddWithValue("$c", (object?)claimId ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<Verdict>();
        while (reader.Read())
        {
            list.Add(JsonSerializer.Deserialize<Verdict>(reader.GetString(0), s_json)!);
        }
        return Task.FromResult<IReadOnlyList<Verdict>>(list);
    }

    public Task<IReadOnlyList<(DateTimeOffset At, Verdict Verdict)>> HistoryAsync(long claimId, CancellationToken cancellationToken)
    {
        using var command = ledger.Command("SELECT computed_at, body FROM verdict WHERE claim_id = $c ORDER BY id");
        command.Parameters.AddWithValue("$c", claimId);
        using var reader = command.ExecuteReader();
        var list = new List<(DateTimeOffset, Verdict)>();
        while (reader.Read())
        {
            list.Add((DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), JsonSerializer.Deserialize<Verdict>(reader.GetString(1), s_json)!));
        }
        return Task.FromResult<IReadOnlyList<(DateTimeOffset, Verdict)>>(list);
    }

    private Dictionary<long, string> LatestHashes()
    {
        using var command = ledger.Command("SELECT claim_id, inputs_hash FROM verdict v WHERE id = (SELECT MAX(id) FROM verdict w WHERE w.claim_id = v.claim_id)");
        using var reader = command.ExecuteReader();
        var map = new Dictionary<long, string>();
        while (reader.Read())
        {
            map[reader.GetInt64(0)] = reader.GetString(1);
        }
        return map;
    }
}
