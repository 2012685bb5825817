using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Postgres.Tests;

/// <summary>
/// Verdicts and their history read back alike from both stores: the seed article's claims are judged (for real,
/// against no maps, so every territorial claim is unverifiable), stored, re-stored unchanged, then changed.
/// </summary>
public sealed class VerdictStoreAgreementTests(PostgresServer server) : PostgresDatabase(server)
{
    private static readonly Lazy<Frontline.Maps.ChangeAnalyzer> s_analyzer =
        new(() => new Frontline.Maps.ChangeAnalyzer(Frontline.Maps.Terrain.Load(GeoDataPaths.Locate(Frontline.Tests.SharedData.Geo))));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-verdicts-");

    public override async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
        await base.DisposeAsync();
    }

    private static async Task<IReadOnlyList<Verdict>> JudgeSeedAsync(ILedger ledger)
    {
        var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(GeoDataPaths.Locate(Frontline.Tests.SharedData.Geo)));
        var seed = Path.Combine(Frontline.Tests.SharedData.Corpus("dev"), "000-politico-2022-10-05.txt");
        await new Ingester(ledger.Documents, extractor, DocumentReadOptions.Default).IngestAsync([seed], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var claims = await ledger.Documents.QueryClaimsAsync(new ClaimQuery(), CancellationToken.None);
        return await new Verifier(s_analyzer.Value)
            .VerifyAsync(ledger.Snapshots, claims, claims, await Verifier.PublishersAsync(ledger.Documents, claims, CancellationToken.None), CancellationToken.None);
    }

    [PostgresFact]
    public async Task Verdicts_and_their_history_read_back_alike_from_both_stores()
    {
        var bodies = new List<string>();
        await using var sqlite = await LedgerFactory.OpenAsync(Path.Combine(_dir.FullName, "a.db"), TimeProvider.System, CancellationToken.None);
        await using var postgres = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None);
        foreach (var ledger in new[] { sqlite, postgres })
        {
            var verdicts = await JudgeSeedAsync(ledger);
            Assert.True(verdicts.Count > 5, $"only {verdicts.Count} verdicts");
            var at = new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
            Assert.Equal(verdicts.Count, await ledger.Verdicts.AddChangedAsync(verdicts, at, CancellationToken.None));
            Assert.Equal(0, await ledger.Verdicts.AddChangedAsync(verdicts, at.AddHours(1), CancellationToken.None));

            var changed = verdicts[0] with { Value = Verdicts.Supported, Why = "a later map shows it", InputsHash = new string('f', 64) };
            Assert.Equal(1, await ledger.Verdicts.AddChangedAsync([changed], at.AddHours(2), CancellationToken.None));

            var history = await ledger.Verdicts.HistoryAsync(changed.ClaimId, CancellationToken.None);
            Assert.Equal([verdicts[0].Value, Verdicts.Supported], history.Select(h => h.Verdict.Value));
            Assert.Equal([at, at.AddHours(2)], history.Select(h => h.At));
            var latest = await ledger.Verdicts.LatestAsync(null, CancellationToken.None);
            Assert.Equal(verdicts.Count, latest.Count);
            Assert.Equal(changed, Assert.Single(await ledger.Verdicts.LatestAsync(changed.ClaimId, CancellationToken.None)), VerdictJson.Instance);
            bodies.Add(string.Join("\n", latest.Select(v => JsonSerializer.Serialize(v with { ClaimId = 0 }))));
        }
        Assert.Equal(bodies[0], bodies[1]);
    }

    [PostgresFact]
    public async Task Two_writers_storing_the_same_verdicts_at_once_store_them_once()
    {
        await using var first = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None);
        await using var second = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None);
        var verdicts = await JudgeSeedAsync(first);
        var stored = await Task.WhenAll(
            Task.Run(() => first.Verdicts.AddChangedAsync(verdicts, DateTimeOffset.UnixEpoch, CancellationToken.None)),
            Task.Run(() => second.Verdicts.AddChangedAsync(verdicts, DateTimeOffset.UnixEpoch, CancellationToken.None)));
        Assert.Equal(verdicts.Count, stored.Sum());
        foreach (var v in verdicts)
        {
            Assert.Single(await second.Verdicts.HistoryAsync(v.ClaimId, CancellationToken.None));
        }
    }

    /// <summary>Records with lists compare by reference; their JSON compares by value.</summary>
    private sealed class VerdictJson : IEqualityComparer<Verdict>
    {
        public static readonly VerdictJson Instance = new();

        public bool Equals(Verdict? x, Verdict? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(Verdict obj) => 0;
    }
}
