using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.LoadLedger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Postgres;
using Frontline.Postgres.Tests;
using Frontline.Text;
using Npgsql;

namespace Frontline.Bench;

/// <summary>
/// The two ledgers side by side at scale: 1,000,000 realistic claims (<see cref="RealisticClaims"/>, ISW 2022 claims
/// over 2022..2026) and every 2022 snapshot of the three publishers, loaded into SQLite and into PostgreSQL + PostGIS;
/// then the latency of the API's main queries on each. Load time, CPU and size are printed by the setup
/// (<c>// ledger …</c> lines).
/// </summary>
/// <remarks>
/// Claims go in through each store's bulk path (<see cref="ILedgerRows.WriteDocumentsAsync"/>: SQLite one transaction
/// per 5,000 claims with prepared statements, PostgreSQL binary COPY), as <c>db copy</c> and a real bulk load do; maps
/// through the ordinary import. Both are ANALYZEd after loading, so both planners know the tables' sizes. A store is
/// loaded once per process and shared by all its cases. <c>FRONTLINE_BENCH_CLAIMS</c> sets a smaller count for a quick run.
/// </remarks>
[Config(typeof(LedgerScaleBenchmarks.LongSetupConfig))]
public class LedgerScaleBenchmarks
{
    private const int Seed = 20220224;
    private static readonly int Claims = int.TryParse(Environment.GetEnvironmentVariable("FRONTLINE_BENCH_CLAIMS"), out var n) ? n : 1_000_000;
    private static readonly Dictionary<string, Loaded> s_loaded = [];
    private static readonly Lazy<Task<RealisticClaims>> s_source = new(() =>
        RealisticClaims.ExtractAsync(SharedData.Path("corpus", "isw-2022"), GeoDataPaths.Locate(SharedData.Path("data", "geo")), CancellationToken.None));
    private static readonly Lazy<Terrain> s_terrain = new(() => Terrain.Load(GeoDataPaths.Locate(SharedData.Path("data", "geo"))));

    private Loaded _ledger = null!;

    /// <summary><see cref="InProcessShortConfig"/> with room for a setup that loads a million claims (the default allows 5 minutes).</summary>
    public sealed class LongSetupConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public LongSetupConfig() => AddJob(BenchmarkDotNet.Jobs.JobExtensions.WithToolchain(BenchmarkDotNet.Jobs.Job.ShortRun,
            new BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
    }

    [Params("sqlite", "postgres")]
    public string Store { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (!s_loaded.TryGetValue(Store, out var loaded))
        {
            loaded = await LoadAsync(Store);
            s_loaded[Store] = loaded;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => loaded.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        _ledger = loaded;
    }

    /// <summary>A front sector around Bakhmut (about 70 x 45 km) and one week.</summary>
    [Benchmark]
    public Task<IReadOnlyList<StoredClaim>> Claims_BboxWeek() => Query(new ClaimQuery(
        Bbox: new BoundingBox(37.5, 48.4, 38.5, 48.8), From: new DateOnly(2023, 5, 1), To: new DateOnly(2023, 5, 7), Limit: 100));

    [Benchmark]
    public Task<IReadOnlyList<StoredClaim>> Claims_TypeSideMonth() => Query(new ClaimQuery(
        Type: ClaimTypes.Advance, Side: "RU", From: new DateOnly(2024, 2, 1), To: new DateOnly(2024, 2, 29), Limit: 100));

    [Benchmark]
    public Task<IReadOnlyList<StoredClaim>> Claims_Oblast() => Query(new ClaimQuery(Oblast: "Zaporizhzhia", Limit: 100));

    /// <summary>Quotes containing a word (case-insensitive substring), first page.</summary>
    [Benchmark]
    public Task<IReadOnlyList<StoredClaim>> Claims_Text() => Query(new ClaimQuery(Text: "Kupiansk", Limit: 100));

    [Benchmark]
    public Task<StoredClaim?> Claim_Detail() => _ledger.Ledger.Documents.GetClaimAsync(_ledger.DetailId, CancellationToken.None);

    /// <summary>The whole DeepStateMap map in force on a date, geometry included.</summary>
    [Benchmark]
    public Task<Snapshot?> Snapshot_AtDate() => _ledger.Ledger.Snapshots.InForceAsync("deepstate", new DateOnly(2022, 10, 15), CancellationToken.None);

    /// <summary>What the API's /api/changes does: the two maps in force, read from the store, then diffed (the same code for both stores).</summary>
    [Benchmark]
    public async Task<Change> Diff_TwoDates()
    {
        var from = await _ledger.Ledger.Snapshots.InForceAsync("deepstate", new DateOnly(2022, 9, 1), CancellationToken.None);
        var to = await _ledger.Ledger.Snapshots.InForceAsync("deepstate", new DateOnly(2022, 9, 12), CancellationToken.None);
        return new ChangeAnalyzer(s_terrain.Value).Diff(from!, to!, new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12));
    }

    private Task<IReadOnlyList<StoredClaim>> Query(ClaimQuery query) => _ledger.Ledger.Documents.QueryClaimsAsync(query, CancellationToken.None);

    private static async Task<Loaded> LoadAsync(string store)
    {
        var source = await s_source.Value;
        var maps = new[] { "deepstate", "isw", "nzz" }
            .SelectMany(s => RealSnapshots.Files(s).Where(f => f.Date.Year == 2022).Select(f => RealSnapshots.Load(s, f.Path)))
            .ToList();
        BenchPostgres? postgres = null;
        string db;
        if (store == "postgres")
        {
            postgres = await BenchPostgres.StartAsync("bench_ledger");
            db = postgres.ConnectionString;
        }
        else
        {
            db = Path.Combine(Directory.CreateTempSubdirectory("frontline-bench-ledger-").FullName, "ledger.db");
        }
        var ledger = await LedgerFactory.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        var serverCpu = postgres is null ? null : await postgres.ServerCpuAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var claims = 0;
        foreach (var batch in source.Generate(Claims, Seed, 5_000))
        {
            await ledger.Rows.WriteDocumentsAsync(batch, CancellationToken.None);
            claims += batch.Sum(d => d.Claims.Count);
        }
        var claimsTime = clock.Elapsed;
        var claimsCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var claimsServerCpu = postgres is null ? null : await postgres.ServerCpuAsync() - serverCpu;
        clock.Restart();
        foreach (var group in maps.GroupBy(m => m.Source))
        {
            await ledger.Snapshots.AddAsync(group.ToList(), false, CancellationToken.None);
        }
        var mapsTime = clock.Elapsed;
        clock.Restart();
        await ExecuteAsync(ledger, "ANALYZE");
        var analyzeTime = clock.Elapsed;
        var size = await SizeAsync(ledger, db, postgres);
        Console.WriteLine($"// ledger {store}: {claims:N0} claims in {claimsTime.TotalSeconds:F0} s (client CPU {claimsCpu.TotalSeconds:F0} s" +
            (claimsServerCpu is { } s ? $", server CPU {s.TotalSeconds:F0} s" : "") + $"); {maps.Count} maps in {mapsTime.TotalSeconds:F1} s; " +
            $"ANALYZE {analyzeTime.TotalSeconds:F1} s; size {size / 1e6:F0} MB; load average {File.ReadAllText("/proc/loadavg")[..14]}");
        var detail = await ledger.Documents.QueryClaimsAsync(new ClaimQuery(Text: "Kreminna", Offset: 500, Limit: 1), CancellationToken.None);
        return new Loaded(ledger, postgres, detail.Count > 0 ? detail[0].Id : 1);
    }

    private static async Task ExecuteAsync(ILedger ledger, string sql)
    {
        if (ledger is PostgresLedgerStores pg)
        {
            await using var command = pg.Database.DataSource.CreateCommand(sql);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }
        else if (ledger is SqliteLedgerStores sqlite)
        {
            using var command = sqlite.Database.Command(sql);
            command.ExecuteNonQuery();
        }
    }

    private static async Task<long> SizeAsync(ILedger ledger, string db, BenchPostgres? postgres)
    {
        if (postgres is not null)
        {
            return await postgres.SizeAsync();
        }
        await ExecuteAsync(ledger, "PRAGMA wal_checkpoint(TRUNCATE)");
        return new FileInfo(db).Length;
    }

    private sealed record Loaded(ILedger Ledger, BenchPostgres? Postgres, long DetailId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var file = Ledger is SqliteLedgerStores sqlite ? sqlite.Display : null;
            await Ledger.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            if (file is not null)
            {
                Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            }
            if (Postgres is not null)
            {
                await Postgres.DisposeAsync();
            }
        }
    }
}
