using Frontline.Cli;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>
/// Moving documents and claims into PostgreSQL when things fail: a <c>db copy</c> process killed mid-way, a connection
/// dropped mid-batch. Whole documents or nothing land, and running again completes without duplicates.
/// </summary>
/// <remarks>
/// The origin is the dev corpus ingested by the real extractor, its documents repeated 40 times (each copy a distinct
/// text and hash), about 29,000 claims: some fifteen batches, so there is a mid-way to be killed in.
/// </remarks>
public sealed class LedgerCopyFaultTests(PostgresServer server) : PostgresDatabase(server), IDisposable
{
    private const int Copies = 40;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-copyfault-");
    private string _origin = "";
    private Dictionary<string, int> _claimsByDocument = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var dev = Path.Combine(_dir.FullName, "dev.db");
        var output = new StringWriter();
        var code = await FrontlineCommand.RunAsync(
            ["ingest", Frontline.Tests.SharedData.Corpus("dev"), "--geo", Frontline.Tests.SharedData.Geo, "--db", dev], output, output);
        Assert.True(code == 0, output.ToString());
        _origin = Path.Combine(_dir.FullName, "origin.db");
        await using var source = await LedgerFactory.OpenAsync(dev, TimeProvider.System, CancellationToken.None);
        await using var origin = await LedgerFactory.OpenAsync(_origin, TimeProvider.System, CancellationToken.None);
        var records = await source.Rows.ReadDocumentsAsync(null, int.MaxValue, CancellationToken.None);
        for (var i = 0; i < Copies; i++)
        {
            await origin.Rows.WriteDocumentsAsync(records.Select(r => Copy(r, i)).ToList(), CancellationToken.None);
        }
        _claimsByDocument = (await ReadAllAsync(origin)).ToDictionary(r => r.Document.Hash, r => r.Claims.Count);
        Assert.True(_claimsByDocument.Values.Sum() > 20_000, $"{_claimsByDocument.Values.Sum()} claims");
    }

    [PostgresFact]
    public async Task A_copy_killed_while_writing_documents_leaves_whole_documents_and_the_retry_completes()
    {
        await (await PostgresLedger.OpenAsync(ConnectionString, CancellationToken.None)).DisposeAsync();
        string[] args = ["db", "copy", "--from", "sqlite://" + _origin, "--to", DbCopyTests.ToUrl(ConnectionString)];
        using (var copy = FrontlineProcess.Start(args))
        {
            // Killed while a later batch is being written, after at least one has committed.
            await WaitForAsync(copy, "SELECT EXISTS (SELECT 1 FROM document) AND EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() " +
                "AND application_name = 'frontline' AND backend_xid IS NOT NULL AND query LIKE 'COPY %')");
            copy.Kill();
        }
        await WaitForNoClientAsync();
        var stored = await ClaimsByDocumentAsync();
        Assert.InRange(stored.Count, 1, _claimsByDocument.Count - 1);
        Assert.All(stored, d => Assert.Equal(_claimsByDocument[d.Key], d.Value));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM claim_place p LEFT JOIN claim c ON c.id = p.claim WHERE c.id IS NULL"));

        using var retry = FrontlineProcess.Start(args);
        Assert.True(await retry.WaitAsync(TimeSpan.FromMinutes(5)) == 0, retry.Output);
        Assert.Contains($"documents added: {_claimsByDocument.Count - stored.Count}, verdicts added: 0", retry.Output, StringComparison.Ordinal);
        Assert.Contains("counts and hashes match", retry.Output, StringComparison.Ordinal);
        Assert.Equal(_claimsByDocument, await ClaimsByDocumentAsync());
    }

    [PostgresFact]
    public async Task A_connection_dropped_mid_batch_is_reported_stores_nothing_of_it_and_the_retry_completes()
    {
        await using var origin = await LedgerFactory.OpenAsync(_origin, TimeProvider.System, CancellationToken.None);
        var all = await ReadAllAsync(origin);
        await using var target = await LedgerFactory.OpenAsync(ConnectionString, TimeProvider.System, CancellationToken.None);
        var write = Task.Run(() => target.Rows.WriteDocumentsAsync(all, CancellationToken.None));
        var terminated = false;
        await using (var admin = await PostgresServer.ConnectAsync(ConnectionString))
        {
            while (!terminated && !write.IsCompleted)
            {
                await using var kill = new NpgsqlCommand(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'frontline' " +
                    "AND datname = current_database() AND backend_xid IS NOT NULL AND query LIKE 'COPY %'", admin);
                terminated = await kill.ExecuteScalarAsync() is true;
            }
        }
        Assert.True(terminated, "the batch was written before its connection could be dropped; make it larger");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => write);
        Assert.IsType<LedgerWriteException>(error);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM document"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM claim"));

        NpgsqlConnection.ClearAllPools();
        Assert.Equal(all.Count, await target.Rows.WriteDocumentsAsync(all, CancellationToken.None));
        Assert.Equal(0, await target.Rows.WriteDocumentsAsync(all, CancellationToken.None));
        Assert.Equal(_claimsByDocument, await ClaimsByDocumentAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    /// <summary>Copy <paramref name="i"/> of a document: its text with a line naming the copy, hence its own hash.</summary>
    private static DocumentRecord Copy(DocumentRecord r, int i)
    {
        var text = r.Document.Text + $"\n[copy {i}]";
        var hash = ContentHash.Of(TextNormaliser.Normalise(text));
        return r with
        {
            Document = r.Document with { Hash = hash, Name = $"{r.Document.Name}.copy{i}", Text = text },
            NearDuplicateOf = null,
            Similarity = null,
        };
    }

    private static async Task<List<DocumentRecord>> ReadAllAsync(ILedger ledger)
    {
        var all = new List<DocumentRecord>();
        DocumentCursor? after = null;
        while ((await ledger.Rows.ReadDocumentsAsync(after, 5_000, CancellationToken.None)) is { Count: > 0 } page)
        {
            all.AddRange(page);
            after = page[^1].Cursor;
        }
        return all;
    }

    private async Task<Dictionary<string, int>> ClaimsByDocumentAsync()
    {
        await using var connection = await PostgresServer.ConnectAsync(ConnectionString);
        await using var command = new NpgsqlCommand("SELECT d.hash, (SELECT count(*) FROM claim c WHERE c.document = d.hash)::int FROM document d", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var map = new Dictionary<string, int>();
        while (await reader.ReadAsync())
        {
            map[reader.GetString(0)] = reader.GetInt32(1);
        }
        return map;
    }

    private async Task WaitForAsync(FrontlineProcess process, string condition)
    {
        await using var admin = await PostgresServer.ConnectAsync(ConnectionString);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "frontline ended before it could be killed mid-way:\n" + process.Output);
            await using var probe = new NpgsqlCommand(condition, admin);
            if (await probe.ExecuteScalarAsync() is true)
            {
                return;
            }
            await Task.Delay(5);
        }
        Assert.Fail("frontline never reached the point to be killed at:\n" + process.Output);
    }

    /// <summary>The server notices the dead client and rolls its transaction back.</summary>
    private async Task WaitForNoClientAsync()
    {
        const string clients = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'frontline'";
        for (var i = 0; i < 200 && await ScalarAsync<long>(clients) > 0; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(0L, await ScalarAsync<long>(clients));
    }
}
