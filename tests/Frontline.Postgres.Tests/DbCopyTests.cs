using Frontline.Cli;
using Frontline.Ledger;
using Frontline.Maps;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Postgres.Tests;

/// <summary><c>frontline db copy</c> moves a whole ledger; counts, hashes and geometries match afterwards.</summary>
public sealed class DbCopyTests(PostgresServer server) : PostgresDatabase(server), IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-copy-");

    private static readonly Lazy<IReadOnlyList<Snapshot>> Real = new(() =>
        new[] { "deepstate-2022-09-01", "deepstate-2022-09-12", "isw-2022-09-01", "isw-2022-11-16", "nzz-2022-11-14" }
            .Select(f => RealSnapshots.Load(f[..f.IndexOf('-', StringComparison.Ordinal)], Frontline.Tests.SharedData.Control(f + ".geojson")))
            .ToList());

    [PostgresFact]
    public async Task Copy_from_sqlite_to_postgres_and_back_keeps_every_snapshot()
    {
        var origin = Path.Combine(_dir.FullName, "a.db");
        await FillSqliteAsync(origin, Real.Value);

        var (code, output, error) = await RunAsync("db", "copy", "--from", "sqlite://" + origin, "--to", ToUrl(ConnectionString));
        Assert.True(code == 0, output + error);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
        Assert.Contains("destination: 5 snapshots, 0 documents (0 sources), 0 claims (0 places), 0 verdicts", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);

        await using (var postgres = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            Assert.Equal("postgres", postgres.Kind);
            foreach (var map in Real.Value)
            {
                var stored = await postgres.Snapshots.InForceAsync(map.Source, map.AsOf, CancellationToken.None);
                Assert.Equal(map.ContentHash, stored!.ContentHash);
                Assert.True(map.Held.EqualsExact(stored.Held), $"{map.Source} {map.AsOf}: held area changed in the copy");
                Assert.True(map.Contested.EqualsExact(stored.Contested));
                Assert.Equal(map.HeldKm2, stored.HeldKm2);
            }
        }

        // Again: nothing new, still matching. Then back into a new SQLite file.
        (code, output, _) = await RunAsync("db", "copy", "--from", origin, "--to", ConnectionString);
        Assert.Equal(0, code);
        Assert.Matches(@"deepstate\s+2\s+0", output);
        var back = Path.Combine(_dir.FullName, "back.db");
        (code, output, error) = await RunAsync("db", "copy", "--from", ConnectionString, "--to", "sqlite://" + back);
        Assert.True(code == 0, output + error);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The dev corpus ingested and verified twice (a map added in between, so some claims have a verdict history), over
    /// real maps: SQLite to PostgreSQL to SQLite, every part's digest equal, and the commands answer alike on all three.
    /// </summary>
    [PostgresFact]
    public async Task Copy_moves_documents_claims_and_verdict_history_and_back()
    {
        var origin = Path.Combine(_dir.FullName, "ledger.db");
        var maps = new[] { "deepstate-2022-09-29", "deepstate-2022-10-01", "deepstate-2022-10-04", "isw-2022-10-02" };
        await CliAsync(["maps", "import", .. maps[..3].Select(m => Frontline.Tests.SharedData.Control(m + ".geojson")), "--source", "deepstate", "--db", origin]);
        await CliAsync("maps", "import", Frontline.Tests.SharedData.Control(maps[3] + ".geojson"), "--source", "isw", "--db", origin);
        await CliAsync("ingest", Frontline.Tests.SharedData.Corpus("dev"), "--geo", Frontline.Tests.SharedData.Geo, "--db", origin);
        await CliAsync("verify", "--geo", Frontline.Tests.SharedData.Geo, "--db", origin);
        await CliAsync("maps", "import", Frontline.Tests.SharedData.Control("deepstate-2022-10-06.geojson"), "--source", "deepstate", "--db", origin);
        await CliAsync("verify", "--geo", Frontline.Tests.SharedData.Geo, "--db", origin);

        var postgres = ToUrl(await Server.CreateDatabaseAsync("DbCopyLedger"));
        LedgerDigest before;
        IReadOnlyList<VerdictRecord> histories;
        await using (var sqlite = await LedgerFactory.OpenAsync(origin, TimeProvider.System, CancellationToken.None))
        {
            before = await LedgerDigest.ComputeAsync(sqlite, CancellationToken.None);
            histories = await sqlite.Rows.ReadVerdictsAsync(null, 100_000, CancellationToken.None);
            // An interrupted copy: the first documents' batch landed, then the process died.
            var first = await sqlite.Rows.ReadDocumentsAsync(null, 20, CancellationToken.None);
            await using var target = await LedgerFactory.OpenAsync(postgres, TimeProvider.System, CancellationToken.None);
            Assert.Equal(first.Count, await target.Rows.WriteDocumentsAsync(first, CancellationToken.None));
        }
        Assert.True(before.Counts.Documents >= 18 && before.Counts.Claims > 100 && before.Counts.Places > 100, before.Counts.ToString());
        var twice = histories.GroupBy(v => v.Claim).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.NotEmpty(twice);
        Assert.Contains(histories, v => v.Corroborating.Count > 0);

        var output = await CliAsync("db", "copy", "--from", "sqlite://" + origin, "--to", postgres);
        Assert.Contains($"origin: {before.Counts}", output, StringComparison.Ordinal);
        Assert.Contains($"destination: {before.Counts}", output, StringComparison.Ordinal);
        Assert.Contains($"  ledger    {before.Whole}", output, StringComparison.Ordinal);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
        var back = Path.Combine(_dir.FullName, "back.db");
        output = await CliAsync("db", "copy", "--from", postgres, "--to", back);
        Assert.Contains($"documents added: {before.Counts.Documents}, verdicts added: {before.Counts.Verdicts}", output, StringComparison.Ordinal);
        Assert.Contains("counts and hashes match", output, StringComparison.Ordinal);
        // Once more: nothing to add, still equal.
        output = await CliAsync("db", "copy", "--from", origin, "--to", postgres);
        Assert.Contains("documents added: 0, verdicts added: 0", output, StringComparison.Ordinal);

        var ledgers = new[] { origin, postgres, back };
        foreach (var query in new[] { new[] { "claims" }, ["claims", "--oblast", "Luhansk", "--from", "2022-10-01", "--to", "2022-10-09"] })
        {
            var listings = new List<string>();
            foreach (var db in ledgers)
            {
                // Ids differ between ledgers; everything after the id column must not.
                var lines = (await CliAsync([.. query, "--db", db])).Split('\n').Select(l => l.Length > 8 ? l[8..] : l);
                listings.Add(string.Join('\n', lines));
            }
            Assert.True(listings[0].Split('\n').Length > 3, listings[0]);
            Assert.All(listings, l => Assert.Equal(listings[0], l));
        }
        foreach (var key in twice.Take(3))
        {
            var answers = new List<string>();
            foreach (var db in ledgers)
            {
                await using var ledger = await LedgerFactory.OpenAsync(db, TimeProvider.System, CancellationToken.None);
                var id = (await ledger.Rows.ReadVerdictsAsync(new VerdictCursor(key with { Ordinal = key.Ordinal - 1 }, long.MaxValue), 1, CancellationToken.None))[0];
                Assert.Equal(key, id.Claim);
                answers.Add(await CliAsync("verify", "--claim", id.Verdict.ClaimId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--history", "--db", db));
            }
            Assert.True(answers[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2, answers[0]);
            Assert.All(answers, a => Assert.Equal(answers[0], a));
        }
        // Verdicts name claims by content, not row id: verifying the copy with the same maps finds nothing changed.
        Assert.Contains($"0 verdict(s) new or changed", await CliAsync("verify", "--geo", Frontline.Tests.SharedData.Geo, "--db", postgres), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Copy_into_a_ledger_holding_other_maps_reports_the_mismatch()
    {
        var origin = Path.Combine(_dir.FullName, "small.db");
        await FillSqliteAsync(origin, Real.Value.Take(1).ToList());
        await using (var postgres = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None))
        {
            await postgres.Snapshots.AddAsync([Real.Value[^1]], false, CancellationToken.None);
        }
        var (code, _, error) = await RunAsync("db", "copy", "--from", origin, "--to", ConnectionString);
        Assert.Equal(1, code);
        Assert.Contains("does not hold exactly", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_missing_origin_is_an_argument_error()
    {
        var (code, _, error) = await RunAsync("db", "copy", "--from", Path.Combine(_dir.FullName, "none.db"), "--to", ConnectionString);
        Assert.Equal(2, code);
        Assert.Contains("no SQLite ledger", error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    internal static async Task FillSqliteAsync(string path, IReadOnlyList<Snapshot> maps)
    {
        using var ledger = SqliteLedger.Open(path);
        var store = new SqliteSnapshotStore(ledger, new FakeTimeProvider());
        foreach (var group in maps.GroupBy(m => m.Source))
        {
            await store.AddAsync(group.ToList(), false, CancellationToken.None);
        }
    }

    /// <summary>The test database as a postgres:// URL, as a user would type it.</summary>
    internal static string ToUrl(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        return $"postgres://{Uri.EscapeDataString(b.Username ?? "")}{password}@{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>Runs a command that must succeed; returns its output.</summary>
    private static async Task<string> CliAsync(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);
        Assert.True(code == 0, $"frontline {string.Join(' ', args)}: exit {code}\n{output}\n{error}");
        return output;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
